package org.duban.app.ingest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.duban.app.audit.Actor;
import org.duban.app.config.Ledger;
import org.duban.app.config.LedgerOptions;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code duban ingest}: stores documents and their facts in the ledger. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read files and folders (recursively) into the ledger: documents, outlines, tasks, facts.",
      "A file already stored (same content) is left alone; a file that fails is reported and"
          + " nothing of it is kept; a file that is no document (a manifest, a table of files) is"
          + " skipped with the reason. Exit status 1 when any file failed."
    })
public final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LedgerOptions ledger;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
  List<Path> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ConfigurableApplicationContext context = Ledger.startBatch(ledger.properties())) {
      IngestService service = context.getBean(IngestService.class);
      IngestReport report;
      if (System.console() != null) {
        try (TerminalProgress progress = new TerminalProgress()) {
          report = service.ingestPaths(paths, Actor.cli(), progress);
        }
      } else {
        report = service.ingestPaths(paths, Actor.cli(), new LineProgress(out));
      }
      printSummary(out, report);
      return report.count(Outcome.FAILED) == 0 ? 0 : 1;
    }
  }

  static void printSummary(PrintWriter out, IngestReport report) {
    out.printf(
        "added %d files (%d documents), unchanged %d, failed %d, skipped %d in %.1f s%n",
        report.count(Outcome.ADDED),
        report.documentsAdded(),
        report.count(Outcome.UNCHANGED),
        report.count(Outcome.FAILED),
        report.count(Outcome.SKIPPED),
        report.elapsed().toMillis() / 1000.0);
    for (FileOutcome failure : report.failures()) {
      out.println("  failed: " + failure.message());
    }
    for (FileOutcome skipped : report.skipped()) {
      out.println("  " + skipped.message());
    }
    out.flush();
  }

  /**
   * A progress bar for a person at a terminal: files as they are stored, then documents as the
   * search index takes them, then the index's commit, so it never stands full and silent.
   */
  private static final class TerminalProgress implements IngestListener, AutoCloseable {
    private ProgressBar bar;

    @Override
    public void started(int files) {
      bar = bar("ingest", files, " files");
    }

    @Override
    public void fileDone(FileOutcome outcome) {
      bar.step();
    }

    @Override
    public void indexing(int documents) {
      bar.close();
      bar = bar("index", documents, " documents");
    }

    @Override
    public void indexed() {
      bar.step();
    }

    @Override
    public void committing() {
      bar.setExtraMessage(" committing the search index…");
      bar.refresh();
    }

    private static ProgressBar bar(String task, long max, String unit) {
      return new ProgressBarBuilder()
          .setTaskName(task)
          .setInitialMax(max)
          .setUnit(unit, 1)
          .showSpeed()
          .setSpeedUnit(ChronoUnit.SECONDS)
          .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
          .setUpdateIntervalMillis(200)
          .build();
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }

  /**
   * One line per stored file with the rate and the time left, then the indexing in steps of about a
   * tenth, then the commit: for logs and pipes.
   */
  private static final class LineProgress implements IngestListener {
    private final PrintWriter out;
    private long started;
    private int total;
    private int done;
    private int toIndex;
    private int indexed;
    private long indexStarted;

    LineProgress(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void started(int files) {
      total = files;
      started = System.nanoTime();
    }

    @Override
    public void fileDone(FileOutcome outcome) {
      done++;
      double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
      double rate = done / seconds;
      long eta = Math.round((total - done) / rate);
      out.printf(
          "[%d/%d] %s %s (%.1f files/s, ETA %s)%n",
          done,
          total,
          outcome.outcome().name().toLowerCase(java.util.Locale.ROOT),
          outcome.path(),
          rate,
          format(Duration.ofSeconds(eta)));
      out.flush();
    }

    @Override
    public void indexing(int documents) {
      toIndex = documents;
      indexStarted = System.nanoTime();
      if (documents > 0) {
        out.printf("indexing %d documents for search%n", documents);
        out.flush();
      }
    }

    @Override
    public void indexed() {
      indexed++;
      int step = Math.max(1, toIndex / 10);
      if (indexed % step == 0 && indexed < toIndex) {
        double seconds = Math.max(1e-3, (System.nanoTime() - indexStarted) / 1e9);
        double rate = indexed / seconds;
        out.printf(
            "[indexed %d/%d] (%.1f documents/s, ETA %s)%n",
            indexed,
            toIndex,
            rate,
            format(Duration.ofSeconds(Math.round((toIndex - indexed) / rate))));
        out.flush();
      }
    }

    @Override
    public void committing() {
      out.println("committing the search index");
      out.flush();
    }

    private static String format(Duration d) {
      return d.toMinutes() > 0
          ? d.toMinutes() + " min " + d.toSecondsPart() + " s"
          : d.toSeconds() + " s";
    }
  }
}
