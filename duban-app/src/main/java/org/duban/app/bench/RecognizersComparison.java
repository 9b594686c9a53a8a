package org.duban.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.duban.core.text.SourceText;

/**
 * Runs {@code bench/recognizers-text/measure.js} (Microsoft Recognizers-Text under Node.js) on the
 * texts bench measured, and reads the speeds it prints.
 */
final class RecognizersComparison {

  static final String NUMBER_KEY = "recognizers_number_mb_per_s";
  static final String SUITE_KEY = "recognizers_suite_mb_per_s";
  static final String FIVE_KEY = "recognizers_number5_mb_per_s";

  private static final Path SCRIPT_DIRECTORY = Path.of("bench", "recognizers-text");
  private static final String SCRIPT = "measure.js";
  private static final Pattern FIGURE = Pattern.compile("([a-z][a-z0-9_]*)=(\\S+)");
  private static final String INSTALL_NODE =
      "install Node.js 16 or newer with npm (Debian: apt-get install nodejs npm) and run again";

  private final Path directory;

  private RecognizersComparison(Path directory) {
    this.directory = directory;
  }

  /** The speeds measure.js printed, and all its lines to show. */
  /**
   * What the script measured, in MB/s: the number package's recognisers, the five number-type
   * recognisers (with currency and dimension; NaN when the script did not time them), the suite.
   */
  record Figures(double numberMbPerS, double fiveMbPerS, double suiteMbPerS, List<String> lines) {}

  /** A comparison that could not be made; the message is one line saying what to do. */
  static final class Failure extends Exception {
    Failure(String message) {
      super(message);
    }
  }

  /**
   * Finds the script in {@code directory} if given, else in the working directory or the one the
   * application was started from, or one of their parents; and makes sure Node.js and the script's
   * packages are there, installing the packages with {@code npm ci} on first use.
   */
  static RecognizersComparison prepare(Path directory, PrintWriter err) throws Failure {
    Path found = directory != null ? directory : locate();
    if (!Files.isRegularFile(found.resolve(SCRIPT))) {
      throw new Failure(
          "--compare-recognizers: no "
              + SCRIPT
              + " in "
              + found
              + "; give the repository's bench/recognizers-text folder with --recognizers-dir");
    }
    RecognizersComparison comparison = new RecognizersComparison(found);
    comparison.requireNode();
    if (!Files.isDirectory(found.resolve("node_modules"))) {
      comparison.installPackages(err);
    }
    return comparison;
  }

  private static Path locate() {
    List<Path> starts = new ArrayList<>();
    starts.add(Path.of("").toAbsolutePath());
    String classPath = System.getProperty("java.class.path", "");
    if (!classPath.isEmpty()) {
      starts.add(Path.of(classPath.split(java.io.File.pathSeparator)[0]).toAbsolutePath());
    }
    for (Path start : starts) {
      for (Path dir = start; dir != null; dir = dir.getParent()) {
        if (Files.isRegularFile(dir.resolve(SCRIPT_DIRECTORY).resolve(SCRIPT))) {
          return dir.resolve(SCRIPT_DIRECTORY);
        }
      }
    }
    return SCRIPT_DIRECTORY.toAbsolutePath();
  }

  private void requireNode() throws Failure {
    try {
      Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      node.getInputStream().readAllBytes();
      if (node.waitFor() != 0) {
        throw new Failure("--compare-recognizers: node --version failed; " + INSTALL_NODE);
      }
    } catch (IOException e) {
      throw new Failure(
          "--compare-recognizers needs Node.js, which is not on the PATH; " + INSTALL_NODE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("--compare-recognizers: interrupted while looking for Node.js");
    }
  }

  private void installPackages(PrintWriter err) throws Failure {
    err.println("duban bench: installing Recognizers-Text with npm ci in " + directory + " (once)");
    err.flush();
    int status;
    try {
      Process npm =
          new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .start();
      // npm's messages go to our error stream, so standard output keeps only figures.
      copyLines(npm, err);
      status = npm.waitFor();
    } catch (IOException e) {
      throw new Failure(
          "--compare-recognizers needs npm, which is not on the PATH; " + INSTALL_NODE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("--compare-recognizers: interrupted while installing Recognizers-Text");
    }
    if (status != 0) {
      throw new Failure(
          "--compare-recognizers: npm ci failed in "
              + directory
              + " (exit "
              + status
              + "); see npm's messages above: the npm registry must be reachable");
    }
  }

  /**
   * Times Recognizers-Text on the same texts, written as UTF-8 files so that the script reads
   * exactly what Duban measured; {@code sampleMegabytes} bounds how much of them it times.
   */
  Figures run(List<SourceText> texts, double sampleMegabytes, PrintWriter err) throws Failure {
    Path input = null;
    try {
      input = Files.createTempDirectory("duban-bench-");
      List<String> command = new ArrayList<>();
      command.add("node");
      command.add(SCRIPT);
      command.add("--sample-mb");
      command.add(String.format(Locale.ROOT, "%s", sampleMegabytes));
      for (int i = 0; i < texts.size(); i++) {
        Path file = input.resolve(String.format(Locale.ROOT, "%05d.txt", i));
        Files.writeString(file, texts.get(i).text(), StandardCharsets.UTF_8);
        command.add(file.toString());
      }
      Process node =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      List<String> lines;
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
        lines = out.lines().toList();
      }
      int status = node.waitFor();
      if (status != 0) {
        throw new Failure(
            "--compare-recognizers: "
                + SCRIPT
                + " failed (exit "
                + status
                + "); see its message above");
      }
      return parse(lines);
    } catch (IOException e) {
      throw new Failure("--compare-recognizers: cannot run " + SCRIPT + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("--compare-recognizers: interrupted while Recognizers-Text was timed");
    } finally {
      deleteQuietly(input, err);
    }
  }

  /** Reads the figures from the script's output lines. */
  static Figures parse(List<String> lines) throws Failure {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : lines) {
      Matcher m = FIGURE.matcher(line.strip());
      if (m.matches()) {
        values.put(m.group(1), m.group(2));
      }
    }
    double five = values.containsKey(FIVE_KEY) ? speed(values, FIVE_KEY) : Double.NaN;
    return new Figures(
        speed(values, NUMBER_KEY), five, speed(values, SUITE_KEY), List.copyOf(lines));
  }

  private static double speed(Map<String, String> values, String key) throws Failure {
    String value = values.get(key);
    if (value == null) {
      throw new Failure("--compare-recognizers: " + SCRIPT + " printed no " + key + " line");
    }
    double speed;
    try {
      speed = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      speed = Double.NaN;
    }
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new Failure(
          "--compare-recognizers: " + SCRIPT + " printed " + key + "=" + value + ", not a speed");
    }
    return speed;
  }

  private static void copyLines(Process process, PrintWriter err) throws IOException {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        err.println(line);
      }
    }
    err.flush();
  }

  private static void deleteQuietly(Path directory, PrintWriter err) {
    if (directory == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      err.println("duban bench: could not delete the temporary copies in " + directory);
    }
  }
}
