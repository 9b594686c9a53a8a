package org.duban.app.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.duban.app.console.InputFiles;
import org.duban.core.pipeline.DocumentAnalyzer;
import org.duban.core.text.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code duban bench}: measures extraction speed on one thread. Reading the files is excluded;
 * everything after it (cleaning, splitting, structure, facts) is timed. Ends with {@code
 * mb_per_s=<median>}, in UTF-8 megabytes (10^6 bytes) of input per second.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure extraction speed on one thread (reading excluded), repeatedly after a warm-up.",
      "Ends with a line mb_per_s=<median of the runs>."
    })
public final class BenchCommand implements Callable<Integer> {

  // A run repeats passes for at least this long, so small inputs are timed over many passes.
  private static final long MIN_RUN_NANOS = 300_000_000L;
  // The JIT needs seconds, not passes, to settle on a small input.

  @Spec CommandSpec spec;

  @Option(
      names = "--warmup",
      defaultValue = "5",
      description = "Warm-up passes, at least --warmup-seconds in all (default: 5).")
  int warmup;

  // The optimising compiler needs 15-20 s of passes on two shared cores before a pass's speed
  // stops rising (measured: 3 s of warm-up gave 9 MB/s, 20 s gave a steady 18 MB/s).
  @Option(
      names = "--warmup-seconds",
      defaultValue = "20",
      description = "Least time spent warming up, in seconds (default: 20).")
  int warmupSeconds;

  @Option(
      names = "--runs",
      defaultValue = "10",
      description = "Measured runs of at least 0.3 s each (default: 10).")
  int runs;

  @Option(
      names = "--long-line",
      description =
          "Also time the same text as one single line of at least --line-mb megabytes, and as"
              + " the same amount of short lines, to show cost is linear in line length.")
  boolean longLine;

  @Option(
      names = "--line-mb",
      defaultValue = "10",
      description = "Size of the --long-line input in megabytes (default: 10).")
  int lineMegabytes;

  @Option(
      names = "--compare-recognizers",
      description =
          "Then time Microsoft Recognizers-Text (zh-cn) on the same texts with Node.js"
              + " (bench/recognizers-text/measure.js, installed with npm ci on first use) and print"
              + " speedup_vs_recognizers_number= and speedup_vs_recognizers_suite=.")
  boolean compareRecognizers;

  @Option(
      names = "--recognizers-sample-mb",
      defaultValue = "0.1",
      description =
          "Recognizers-Text is slow: it times every k-th line of a larger input, about this many"
              + " megabytes; 0 times everything (default: 0.1).")
  double recognizersSampleMegabytes;

  @Option(
      names = "--recognizers-dir",
      paramLabel = "DIR",
      description =
          "Folder of measure.js (default: bench/recognizers-text of the repository found from the"
              + " working directory or the application's jar).")
  Path recognizersDirectory;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to extract.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<SourceText> texts = new ArrayList<>();
    int failed = new InputFiles().forEach(files, err, texts::add);
    if (texts.isEmpty()) {
      err.println("duban bench: no readable input; give text files to extract");
      return 2;
    }
    RecognizersComparison comparison = null;
    if (compareRecognizers) {
      if (!(recognizersSampleMegabytes >= 0)) {
        err.println("duban bench: --recognizers-sample-mb takes 0 (everything) or more megabytes");
        return 2;
      }
      // Before Duban's measurement, so a missing Node.js is reported at once.
      try {
        comparison = RecognizersComparison.prepare(recognizersDirectory, err);
      } catch (RecognizersComparison.Failure e) {
        err.println("duban bench: " + e.getMessage());
        return 2;
      }
    }
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    Measurement corpus = measure(analyzer, texts);
    out.printf(
        Locale.ROOT,
        "corpus: %d files, %.2f MB, %d facts per pass; runs (MB/s): %s%n",
        texts.size(),
        corpus.megabytes(),
        corpus.facts(),
        corpus.formattedRates());
    if (longLine) {
      compareLineShapes(analyzer, texts, out);
    }
    if (comparison != null) {
      out.flush();
      err.flush();
      try {
        printSpeedups(comparison.run(texts, recognizersSampleMegabytes, err), corpus, out);
      } catch (RecognizersComparison.Failure e) {
        err.println("duban bench: " + e.getMessage());
        failed++;
      }
    }
    out.printf(Locale.ROOT, "mb_per_s=%.2f%n", corpus.median());
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private static void printSpeedups(
      RecognizersComparison.Figures recognizers, Measurement duban, PrintWriter out) {
    recognizers.lines().forEach(out::println);
    out.printf(
        Locale.ROOT,
        "speedup_vs_recognizers_number=%.1f%n",
        duban.median() / recognizers.numberMbPerS());
    if (!Double.isNaN(recognizers.fiveMbPerS())) {
      out.printf(
          Locale.ROOT,
          "speedup_vs_recognizers_number5=%.1f%n",
          duban.median() / recognizers.fiveMbPerS());
    }
    out.printf(
        Locale.ROOT,
        "speedup_vs_recognizers_suite=%.1f%n",
        duban.median() / recognizers.suiteMbPerS());
  }

  private void compareLineShapes(
      DocumentAnalyzer analyzer, List<SourceText> texts, PrintWriter out) {
    StringBuilder all = new StringBuilder();
    for (SourceText t : texts) {
      all.append(t.text()).append('\n');
    }
    String lines = repeatTo(all.toString(), lineMegabytes);
    String oneLine = lines.replace('\n', ' ').replace('\r', ' ');
    Measurement shortLines = measure(analyzer, List.of(new SourceText("short-lines", lines)));
    Measurement single = measure(analyzer, List.of(new SourceText("one-line", oneLine)));
    out.printf(
        Locale.ROOT,
        "short lines: %.2f MB at %.2f MB/s; one line of %.2f MB at %.2f MB/s; ratio %.2f%n",
        shortLines.megabytes(),
        shortLines.median(),
        single.megabytes(),
        single.median(),
        single.median() / shortLines.median());
  }

  private static String repeatTo(String text, int megabytes) {
    long target = (long) megabytes * 1_000_000L;
    long bytes = text.getBytes(StandardCharsets.UTF_8).length;
    int copies = (int) Math.max(1, (target + bytes - 1) / Math.max(1, bytes));
    return text.repeat(copies);
  }

  private Measurement measure(DocumentAnalyzer analyzer, List<SourceText> texts) {
    long bytes = 0;
    for (SourceText t : texts) {
      bytes += t.text().getBytes(StandardCharsets.UTF_8).length;
    }
    int facts = pass(analyzer, texts);
    long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    for (int i = 0; i < warmup || System.nanoTime() < warmupEnd; i++) {
      pass(analyzer, texts);
    }
    double[] rates = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      long passes = 0;
      long elapsed;
      do {
        pass(analyzer, texts);
        passes++;
        elapsed = System.nanoTime() - start;
      } while (elapsed < MIN_RUN_NANOS);
      rates[i] = bytes * passes / 1e6 / (elapsed / 1e9);
    }
    return new Measurement(bytes / 1e6, facts, rates);
  }

  private static int pass(DocumentAnalyzer analyzer, List<SourceText> texts) {
    int facts = 0;
    for (SourceText t : texts) {
      for (var document : analyzer.analyze(t)) {
        facts += document.facts().size();
      }
    }
    return facts;
  }
}
