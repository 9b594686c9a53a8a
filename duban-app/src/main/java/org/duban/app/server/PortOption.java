package org.duban.app.server;

import picocli.CommandLine.Option;

/** The {@code --port} and {@code --threads} options of the commands that serve. */
final class PortOption {

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  // Tomcat's 200 threads let 50 busy clients run 50 requests at once on two cores, each preempted
  // by the others: 4 per core served more requests with a shorter tail (docs/benchmarks.md).
  @Option(
      names = "--threads",
      description =
          "Requests served at once; more wait their turn (default: 4 per core, at least 8:"
              + " ${DEFAULT-VALUE} here). More help when requests wait on a remote database.")
  int threads = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
}
