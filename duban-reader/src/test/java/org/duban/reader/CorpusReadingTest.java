package org.duban.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every document of the shared corpus reads as the UTF-8 text it is; skipped without ../shared. */
class CorpusReadingTest {

  @Test
  void readsEveryCorpusDocumentAsItsText() throws Exception {
    Optional<Path> corpus = corpus();
    Assumptions.assumeTrue(corpus.isPresent(), "../shared/corpus is absent");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus.get())) {
      files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(112);
    DocumentReader reader = new DocumentReader();
    for (Path file : files) {
      assertThat(reader.read(file).text()).as(file.toString()).isEqualTo(Files.readString(file));
    }
  }

  private static Optional<Path> corpus() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path corpus = dir.resolve("shared").resolve("corpus");
      if (Files.isDirectory(corpus.resolve("samples"))) {
        return Optional.of(corpus);
      }
    }
    return Optional.empty();
  }
}
