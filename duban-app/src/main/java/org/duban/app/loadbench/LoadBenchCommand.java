package org.duban.app.loadbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

  private final ObjectMapper json = new ObjectMapper();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    InetAddress host = InetAddress.getByName(url.getHost());
    if (!host.isLoopbackAddress()) {
      throw new IllegalArgumentException(
          "--url must point at this machine (localhost, 127.0.0.1 or ::1), not " + url.getHost());
    }
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4))
            .build();
    boolean withTargets = answers(http, "/api/targets");
    List<Target> targets = targets(http, withTargets);
    out.printf(
        "bench-load: %d clients, %d s after %d s warm-up, %d distinct requests against %s%n",
        clients, seconds, warmup, targets.size(), url);
    if (!withTargets) {
      out.println("targets: pending (the server has no /api/targets yet)");
    }
    out.flush();
    run(http, targets, warmup, null);
    Stats[] stats =
        withTargets
            ? new Stats[] {new Stats("search"), new Stats("facts"), new Stats("targets")}
            : new Stats[] {new Stats("search"), new Stats("facts")};
    long elapsed = run(http, targets, seconds, stats);
    for (Stats s : stats) {
      out.println(s.report(elapsed));
    }
    Stats all = Stats.merge("all", stats);
    out.println(all.report(elapsed));
    out.flush();
    return all.errors.get() == 0 ? 0 : 1;
  }

  /** One request of the mix: which endpoint kind (0 search, 1 facts, 2 targets) and its URI. */
  private record Target(int kind, URI uri) {}

  private boolean answers(HttpClient http, String path) throws Exception {
    return http.send(
                HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode()
        == 200;
  }

  private List<Target> targets(HttpClient http, boolean withTargets) throws Exception {
    List<String> indicators = values(http, "/api/indicators", 20);
    List<String> regions = values(http, "/api/regions", 5);
    if (indicators.isEmpty()) {
      throw new IllegalStateException(
          "the ledger at " + url + " holds no facts; ingest documents or start 'duban demo'");
    }
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < indicators.size(); i++) {
      String indicator = indicators.get(i);
      String region = regions.get(i % regions.size());
      targets.add(new Target(0, uri("/api/search?q=" + encode(indicator))));
      targets.add(new Target(1, uri("/api/facts?indicator=" + encode(indicator))));
      targets.add(
          new Target(0, uri("/api/search?q=" + encode(indicator) + "&region=" + encode(region))));
      targets.add(
          new Target(1, uri("/api/facts?modality=TARGET&region=" + encode(region) + "&limit=100")));
      if (withTargets) {
        targets.add(
            new Target(
                2, uri(i % 2 == 0 ? "/api/targets" : "/api/targets?region=" + encode(region))));
      }
    }
    return targets;
  }

  private List<String> values(HttpClient http, String path, int max) throws Exception {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
    }
    List<String> values = new ArrayList<>();
    for (JsonNode n : json.readTree(response.body())) {
      if (values.size() < max) {
        values.add(n.get("value").asText());
      }
    }
    return values;
  }

  /** Runs the clients for {@code duration} seconds; returns the nanoseconds it took. */
  private long run(HttpClient http, List<Target> targets, int duration, Stats[] stats)
      throws Exception {
    long deadline = System.nanoTime() + duration * 1_000_000_000L;
    AtomicLong sent = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long started = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int first = c;
        running.add(
            pool.submit(
                () -> {
                  int i = first;
                  while (System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests) {
                    Target t = targets.get(i++ % targets.size());
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                      HttpResponse<byte[]> r =
                          http.send(
                              HttpRequest.newBuilder(t.uri())
                                  .timeout(Duration.ofSeconds(10))
                                  .build(),
                              HttpResponse.BodyHandlers.ofByteArray());
                      ok = r.statusCode() == 200;
                    } catch (Exception e) {
                      ok = false;
                    }
                    if (stats != null) {
                      stats[t.kind()].add(System.nanoTime() - t0, ok);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return System.nanoTime() - started;
  }

  private URI uri(String path) {
    return url.resolve(path);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
