package org.duban.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.duban.app.bench.BenchCommand;
import org.duban.app.config.LedgerStartException;
import org.duban.app.extract.ExtractCommand;
import org.duban.app.ingest.IngestCommand;
import org.duban.app.loadbench.LoadBenchCommand;
import org.duban.app.outline.OutlineCommand;
import org.duban.app.scalebench.BenchScaleCommand;
import org.duban.app.search.ReindexCommand;
import org.duban.app.server.DemoCommand;
import org.duban.app.server.ServeCommand;
import org.duban.app.target.TrackCommand;
import org.duban.app.user.UsersCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code duban} command: reads, extracts, stores and serves government documents. */
@Command(
    name = "duban",
    mixinStandardHelpOptions = true,
    version = "duban 0.1.0",
    description = "督办 Duban: facts, targets and tasks from Chinese government documents.",
    subcommands = {
      ExtractCommand.class,
      OutlineCommand.class,
      TrackCommand.class,
      BenchCommand.class,
      IngestCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      ReindexCommand.class,
      LoadBenchCommand.class,
      BenchScaleCommand.class,
      UsersCommand.class
    })
public final class DubanCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // Standard output carries the commands' results only (extract --format jsonl is JSON and
    // nothing else): whatever a library prints there (PDFBox through Commons Logging, Spring's
    // console log) goes to the error stream.
    PrintStream results = System.out;
    System.setOut(System.err);
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                results,
                Charset.forName(
                    System.getProperty("stdout.encoding", Charset.defaultCharset().name()))),
            true);
    System.exit(run(out, args));
  }

  /** Runs the command line and returns its exit status. */
  public static int run(String... args) {
    return run(null, args);
  }

  private static int run(PrintWriter out, String... args) {
    CommandLine cli = new CommandLine(new DubanCli());
    if (out != null) {
      cli.setOut(out);
    }
    return cli.setExecutionExceptionHandler(
            (e, command, parsed) -> {
              if (e instanceof LedgerStartException || e instanceof IllegalArgumentException) {
                command.getErr().println("duban: " + e.getMessage());
                command.getErr().flush();
                return 2;
              }
              throw e;
            })
        .execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
