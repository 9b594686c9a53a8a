package org.duban.app.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.duban.app.config.LedgerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code duban demo}: a server on a throw-away ledger preloaded with the shipped samples. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Serve a temporary ledger preloaded with sample documents (deleted again on exit).")
public final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PortOption port;

  @Mixin SmtpOptions smtp;

  @Override
  public Integer call() throws IOException, InterruptedException {
    WebServer.check(port);
    Path dir = Files.createTempDirectory("duban-demo-");
    LedgerOptions ledger = new LedgerOptions();
    ledger.useDataDir(dir);
    Map<String, Object> properties = ledger.properties();
    properties.put("duban.demo", true);
    smtp.addTo(properties);
    spec.commandLine().getOut().println("Demo ledger in " + dir + " (deleted on exit)");
    return WebServer.serve(properties, port, spec.commandLine().getOut(), () -> delete(dir));
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // The folder is temporary; the system cleans it up if we cannot.
    }
  }
}
