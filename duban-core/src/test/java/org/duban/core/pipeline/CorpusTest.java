package org.duban.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.duban.core.structure.OutlineNode;
import org.duban.core.testing.Corpus;
import org.duban.core.text.SourceText;
import org.junit.jupiter.api.Test;

/** Every document of the shared corpus reads, cleans and outlines; skipped without ../shared. */
class CorpusTest {

  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();

  @Test
  void everyDocumentCleansSplitsAndOutlinesWithOffsetsInsideTheFile() {
    List<Path> files = Corpus.documents();
    assertThat(files).hasSizeGreaterThanOrEqualTo(112);
    for (Path file : files) {
      String text = Corpus.read(file);
      int codePoints = text.codePointCount(0, text.length());
      List<AnalyzedDocument> documents =
          analyzer.analyze(new SourceText(file.getFileName().toString(), text));
      assertThat(documents).as(file.toString()).isNotEmpty();
      for (AnalyzedDocument d : documents) {
        assertThat(d.meta().type()).as(file.toString()).isNotNull();
        for (OutlineNode node : d.outline()) {
          assertThat(node.title()).as(file.toString()).isNotBlank();
          assertThat(node.start()).isBetween(d.start(), codePoints);
          assertThat(node.end()).isBetween(node.start(), codePoints);
        }
      }
    }
  }

  @Test
  void theFeedPageSplitsIntoItsTenArticlesWithTitlesAndDates() {
    Path feed = Corpus.require().resolve("samples/001_acc8d2b50012b9c9.txt");
    List<AnalyzedDocument> documents = analyzer.analyze(new SourceText("001", Corpus.read(feed)));
    assertThat(documents).hasSize(10);
    assertThat(documents)
        .allSatisfy(
            d -> {
              assertThat(d.meta().title()).isNotBlank().doesNotStartWith("【");
              assertThat(d.meta().date()).isNotNull();
            });
    assertThat(documents.get(1).meta().title()).isEqualTo("2019年上海市黄浦区政府工作报告");
    assertThat(documents.get(1).meta().jurisdiction()).isEqualTo("黄浦区");
    assertThat(documents.get(1).meta().date()).isEqualTo(LocalDate.of(2019, 1, 22));
    for (int i = 1; i < documents.size(); i++) {
      assertThat(documents.get(i).start()).isGreaterThanOrEqualTo(documents.get(i - 1).end());
    }
  }
}
