package org.duban.app.server;

import picocli.CommandLine.Option;

/** The {@code --port} option of the commands that serve. */
final class PortOption {

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;
}
