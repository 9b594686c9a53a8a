package org.duban.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus beside the worktree ({@code ../shared/corpus}); tests skip when it is absent.
 */
public final class Corpus {

  private Corpus() {}

  /** The corpus directory, or empty when this checkout has none beside it. */
  public static Optional<Path> directory() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path corpus = dir.resolve("shared").resolve("corpus");
      if (Files.isDirectory(corpus.resolve("samples"))) {
        return Optional.of(corpus);
      }
    }
    return Optional.empty();
  }

  /** The corpus directory; skips the calling test when it is absent. */
  public static Path require() {
    Optional<Path> dir = directory();
    Assumptions.assumeTrue(dir.isPresent(), "../shared/corpus is absent");
    return dir.get();
  }

  /** Every text document of the corpus (samples and extra), sorted by path. */
  public static List<Path> documents() {
    Path dir = require();
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
