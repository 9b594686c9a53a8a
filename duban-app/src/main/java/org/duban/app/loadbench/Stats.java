package org.duban.app.loadbench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies of one kind of request, collected from many threads. */
final class Stats {

  final String name;
  final AtomicLong errors = new AtomicLong();
  private long[] latencies = new long[1 << 16];
  private int count;

  Stats(String name) {
    this.name = name;
  }

  synchronized void add(long nanos, boolean ok) {
    if (!ok) {
      errors.incrementAndGet();
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
      all.errors.addAndGet(p.errors.get());
    }
    return all;
  }

  synchronized String report(long elapsedNanos) {
    long[] sorted = Arrays.copyOf(latencies, count);
    Arrays.sort(sorted);
    return String.format(
        "%-7s requests=%d errors=%d throughput=%.0f req/s p50=%.1f ms p90=%.1f ms p99=%.1f ms"
            + " max=%.1f ms",
        name,
        count,
        errors.get(),
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
