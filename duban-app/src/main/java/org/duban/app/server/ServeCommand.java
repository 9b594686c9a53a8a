package org.duban.app.server;

import java.util.Map;
import java.util.concurrent.Callable;
import org.duban.app.config.LedgerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code duban serve}: the REST API and the pages over a ledger. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the ledger: web pages, REST API (/api/…) and its OpenAPI description.")
public final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LedgerOptions ledger;

  @Mixin PortOption port;

  @Mixin SmtpOptions smtp;

  @Override
  public Integer call() throws InterruptedException {
    Map<String, Object> properties = ledger.properties();
    smtp.addTo(properties);
    return WebServer.serve(properties, port, spec.commandLine().getOut(), () -> {});
  }
}
