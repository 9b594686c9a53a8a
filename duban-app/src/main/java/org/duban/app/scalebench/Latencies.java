package org.duban.app.scalebench;

import java.util.Arrays;

/** Times calls and reports their median and 99th percentile in milliseconds. */
final class Latencies {

  private long[] nanos = new long[64];
  private int count;

  void time(Runnable call) {
    long t0 = System.nanoTime();
    call.run();
    long took = System.nanoTime() - t0;
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = took;
  }

  double percentile(double p) {
    if (count == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int i = (int) Math.ceil(p * count) - 1;
    return sorted[Math.max(0, Math.min(i, count - 1))] / 1e6;
  }

  @Override
  public String toString() {
    return String.format("%.1f / %.1f", percentile(0.5), percentile(0.99));
  }
}
