package org.duban.app.loadbench;

import java.util.Arrays;

/**
 * Latencies of one kind of request from one client thread (no locking on the way), merged across
 * clients at the end.
 */
final class Stats {

  final String name;
  private long errors;
  private long[] latencies = new long[1 << 12];
  private int count;

  Stats(String name) {
    this.name = name;
  }

  long errors() {
    return errors;
  }

  void add(long nanos, boolean ok) {
    if (!ok) {
      errors++;
    }
    if (count == latencies.length) {
      latencies = Arrays.copyOf(latencies, count * 2);
    }
    latencies[count++] = nanos;
  }

  static Stats merge(String name, Stats... parts) {
    Stats all = new Stats(name);
    for (Stats p : parts) {
      for (int i = 0; i < p.count; i++) {
        all.add(p.latencies[i], true);
      }
      all.errors += p.errors;
    }
    return all;
  }

  String report(long elapsedNanos) {
    long[] sorted = Arrays.copyOf(latencies, count);
    Arrays.sort(sorted);
    return String.format(
        "%-7s requests=%d errors=%d throughput=%.0f req/s p50=%.1f ms p90=%.1f ms p99=%.1f ms"
            + " max=%.1f ms",
        name,
        count,
        errors,
        count / (elapsedNanos / 1e9),
        percentile(sorted, 0.50),
        percentile(sorted, 0.90),
        percentile(sorted, 0.99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
  }
}
