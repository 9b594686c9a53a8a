package org.duban.app.target;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The shared corpus beside the worktree ({@code ../shared/corpus/extra}); tests skip without it.
 */
final class SharedCorpus {

  private SharedCorpus() {}

  /** The files of {@code extra/} whose names pass {@code wanted}, sorted; skips when absent. */
  static List<Path> extra(Predicate<String> wanted) {
    Path dir = null;
    for (Path d = Path.of("").toAbsolutePath(); d != null && dir == null; d = d.getParent()) {
      Path extra = d.resolve("shared").resolve("corpus").resolve("extra");
      if (Files.isDirectory(extra)) {
        dir = extra;
      }
    }
    assumeTrue(dir != null, "../shared/corpus is absent");
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found =
          files.filter(p -> wanted.test(p.getFileName().toString())).sorted().toList();
      assumeTrue(!found.isEmpty(), "the corpus holds none of the files this test reads");
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
