package org.duban.app.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.duban.app.cli.DubanCli;

/**
 * The command line run in a child JVM of its own, as a user runs it: for tests that kill a process
 * or run several instances at once. Its output (both streams) goes to a file the test reads.
 */
public final class CliProcess implements AutoCloseable {

  private final Process process;
  private final Path output;

  private CliProcess(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  /** Starts {@code duban ARGS…} with extra environment variables; output goes to {@code log}. */
  public static CliProcess start(Path log, Map<String, String> env, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Dstdout.encoding=UTF-8");
    // Tomcat's folder and other temporary files stay where the tests keep theirs (target/).
    command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(DubanCli.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().putAll(env);
    return new CliProcess(builder.start(), log);
  }

  /** What the process printed so far. */
  public String output() {
    try {
      return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "";
    }
  }

  /** Waits until a line of the output matches; false when the process ended or time ran out. */
  public boolean awaitLine(Predicate<String> line, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (output().lines().anyMatch(line)) {
        return true;
      }
      if (!process.isAlive()) {
        return output().lines().anyMatch(line);
      }
      Thread.sleep(20);
    }
    return false;
  }

  /** Waits for the process to end and returns its exit status. */
  public int await(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException("timed out; output:\n" + output());
    }
    return process.exitValue();
  }

  /** Kills the process as {@code kill -9} does: no shutdown hook, nothing flushed. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Stops the process as Ctrl+C does and waits for it. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }
}
