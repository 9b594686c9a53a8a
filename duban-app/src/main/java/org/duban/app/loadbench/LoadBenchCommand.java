package org.duban.app.loadbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code duban bench-load}: many concurrent clients against {@code /api/search} and {@code
 * /api/facts} of a running Duban on this machine; reports throughput and latency percentiles.
 */
@Command(
    name = "bench-load",
    mixinStandardHelpOptions = true,
    description = {
      "Load benchmark of a running 'duban serve' or 'duban demo' on this machine: concurrent"
          + " clients alternate /api/search, /api/facts (and /api/targets where the server has"
          + " it) queries built from the ledger's own indicators and regions, for a fixed time"
          + " after a warm-up.",
      "Prints requests/s and p50/p90/p99/max latency per endpoint."
    })
public final class LoadBenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--url",
      defaultValue = "http://localhost:8080",
      description = "Base URL of the server; loopback only (default: ${DEFAULT-VALUE}).")
  URI url;

  @Option(
      names = "--clients",
      defaultValue = "50",
      description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--seconds",
      defaultValue = "20",
      description = "Measured duration (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--warmup",
      defaultValue = "5",
      description = "Warm-up seconds, not measured (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--max-requests",
      defaultValue = "2000000",
      description = "Stop after this many requests in all (default: ${DEFAULT-VALUE}).")
  long maxRequests;

  /** The kinds of request of a server that has no /api/targets yet. */
  private static final String[] KINDS_BEFORE = {"search", "facts"};

  private final ObjectMapper json = new ObjectMapper();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!"http".equals(url.getScheme())) {
      throw new IllegalArgumentException(
          "--url must be plain http:// (the benchmark speaks HTTP/1.1 to this machine), not "
              + url.getScheme());
    }
    InetAddress host = InetAddress.getByName(url.getHost());
    if (!host.isLoopbackAddress()) {
      throw new IllegalArgumentException(
          "--url must point at this machine (localhost, 127.0.0.1 or ::1), not " + url.getHost());
    }
    boolean withTargets = status("/api/targets") == 200;
    List<Target> targets = targets(withTargets);
    out.printf(
        "bench-load: %d clients, %d s after %d s warm-up, %d distinct requests against %s%n",
        clients, seconds, warmup, targets.size(), url);
    if (!withTargets) {
      out.println("targets: pending (the server has no /api/targets yet)");
    }
    out.flush();
    String[] kinds = withTargets ? new String[] {"search", "facts", "targets"} : KINDS_BEFORE;
    run(targets, warmup, kinds);
    Run measured = run(targets, seconds, kinds);
    for (Stats s : measured.stats()) {
      out.println(s.report(measured.nanos()));
    }
    Stats all = Stats.merge("all", measured.stats());
    out.println(all.report(measured.nanos()));
    out.flush();
    return all.errors() == 0 ? 0 : 1;
  }

  /** One request of the mix: which endpoint kind (0 search, 1 facts, 2 targets) and its bytes. */
  private record Target(int kind, byte[] request) {}

  /** The latencies of one timed run, by kind, and how long it took. */
  private record Run(Stats[] stats, long nanos) {}

  private int status(String path) throws IOException {
    HttpURLConnection c = open(uri(path).toURL());
    int status = c.getResponseCode();
    drain(c, status, new byte[8192]);
    return status;
  }

  private List<Target> targets(boolean withTargets) throws IOException {
    List<String> indicators = values("/api/indicators", 20);
    List<String> regions = values("/api/regions", 5);
    if (indicators.isEmpty()) {
      throw new IllegalStateException(
          "the ledger at " + url + " holds no facts; ingest documents or start 'duban demo'");
    }
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < indicators.size(); i++) {
      String indicator = indicators.get(i);
      String region = regions.get(i % regions.size());
      targets.add(target(0, "/api/search?q=" + encode(indicator)));
      targets.add(target(1, "/api/facts?indicator=" + encode(indicator)));
      targets.add(target(0, "/api/search?q=" + encode(indicator) + "&region=" + encode(region)));
      targets.add(target(1, "/api/facts?modality=TARGET&region=" + encode(region) + "&limit=100"));
      if (withTargets) {
        targets.add(
            target(2, i % 2 == 0 ? "/api/targets" : "/api/targets?region=" + encode(region)));
      }
    }
    return targets;
  }

  private Target target(int kind, String path) {
    return new Target(kind, Connection.get(uri(path)));
  }

  private List<String> values(String path, int max) throws IOException {
    HttpURLConnection c = open(uri(path).toURL());
    if (c.getResponseCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + c.getResponseCode());
    }
    List<String> values = new ArrayList<>();
    try (InputStream in = c.getInputStream()) {
      for (JsonNode n : json.readTree(in)) {
        if (values.size() < max) {
          values.add(n.get("value").asText());
        }
      }
    }
    return values;
  }

  /**
   * Runs the clients for {@code duration} seconds. Each client is a thread with its own connection,
   * sends its next request when the last is answered and read to its last byte, and keeps its own
   * latencies (merged at the end): the client shares the server's cores, so it does as little per
   * request as it can.
   */
  private Run run(List<Target> targets, int duration, String[] kinds) throws Exception {
    long deadline = System.nanoTime() + duration * 1_000_000_000L;
    AtomicLong sent = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long started = System.nanoTime();
    List<Stats[]> perClient = new ArrayList<>();
    try {
      List<Future<Stats[]>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int first = c;
        running.add(
            pool.submit(
                () -> {
                  Stats[] mine = new Stats[kinds.length];
                  for (int k = 0; k < kinds.length; k++) {
                    mine[k] = new Stats(kinds[k]);
                  }
                  Connection connection = null;
                  int i = first;
                  try {
                    while (System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests) {
                      Target t = targets.get(i++ % targets.size());
                      long t0 = System.nanoTime();
                      boolean ok;
                      try {
                        if (connection == null) {
                          connection = connect();
                        }
                        ok = connection.exchange(t.request()) == 200;
                        if (connection.closing()) {
                          connection.close();
                          connection = null;
                        }
                      } catch (IOException | RuntimeException e) {
                        ok = false;
                        if (connection != null) {
                          connection.close();
                          connection = null;
                        }
                      }
                      mine[t.kind()].add(System.nanoTime() - t0, ok);
                    }
                  } finally {
                    if (connection != null) {
                      connection.close();
                    }
                  }
                  return mine;
                }));
      }
      for (Future<Stats[]> f : running) {
        perClient.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    long nanos = System.nanoTime() - started;
    Stats[] merged = new Stats[kinds.length];
    for (int k = 0; k < kinds.length; k++) {
      Stats[] parts = new Stats[perClient.size()];
      for (int c = 0; c < parts.length; c++) {
        parts[c] = perClient.get(c)[k];
      }
      merged[k] = Stats.merge(kinds[k], parts);
    }
    return new Run(merged, nanos);
  }

  private Connection connect() throws IOException {
    Socket socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(
        new InetSocketAddress(url.getHost(), url.getPort() < 0 ? 80 : url.getPort()), 5_000);
    socket.setSoTimeout(10_000);
    return new Connection(socket);
  }

  private static HttpURLConnection open(URL target) throws IOException {
    HttpURLConnection c = (HttpURLConnection) target.openConnection();
    c.setConnectTimeout(5_000);
    c.setReadTimeout(10_000);
    c.setRequestProperty("Accept", "application/json");
    return c;
  }

  /** Reads every byte of the answer, which also lets the connection serve the next request. */
  private static void drain(HttpURLConnection c, int status, byte[] buffer) throws IOException {
    try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
      if (in != null) {
        while (in.read(buffer) >= 0) {
          // the bytes themselves are not needed, only that all of them arrived
        }
      }
    }
  }

  private URI uri(String path) {
    return url.resolve(path);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
