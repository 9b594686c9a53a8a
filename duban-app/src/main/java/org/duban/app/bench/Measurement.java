package org.duban.app.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The rates of repeated timed runs over the same input. */
record Measurement(double megabytes, int facts, double[] rates) {

  double median() {
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  String formattedRates() {
    return Arrays.stream(rates)
        .mapToObj(r -> String.format(Locale.ROOT, "%.1f", r))
        .collect(Collectors.joining(" "));
  }
}
