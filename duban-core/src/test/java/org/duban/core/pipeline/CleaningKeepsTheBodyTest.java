package org.duban.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.duban.core.clean.Cleaner;
import org.duban.core.fact.Fact;
import org.duban.core.fact.FactExtractor;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.meta.MetadataDetector;
import org.duban.core.split.Article;
import org.duban.core.structure.Structure;
import org.duban.core.structure.StructureParser;
import org.duban.core.testing.Corpus;
import org.duban.core.text.MappedText;
import org.duban.core.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Cleaning never removes a sentence of the body (issue 4): over the corpus, every character of a
 * line that holds a sentence is still in the cleaned text, and every fact the extractor finds in
 * such a line of the raw text is still found after cleaning. Skipped without ../shared.
 */
class CleaningKeepsTheBodyTest {

  private static final int SENTENCE_LINE = 20;

  @Test
  void everyCharacterOfASentenceLineSurvivesCleaning() {
    for (Path file : Corpus.documents()) {
      String source = Corpus.read(file);
      MappedText cleaned = new Cleaner().clean(source);
      boolean[] kept = new boolean[source.length() + 1];
      for (int i = 0; i < cleaned.length(); i++) {
        kept[cleaned.toSource(i)] = true;
      }
      for (int[] line : sentenceLines(source)) {
        for (int i = line[0]; i < line[1]; i++) {
          char c = source.charAt(i);
          if (!Character.isWhitespace(c) && c != '\u3000' && c != '*' && c != '#') {
            assertThat(kept[i])
                .as("%s: %s", file.getFileName(), source.substring(line[0], line[1]))
                .isTrue();
          }
        }
      }
    }
  }

  @Test
  void everyFactOfASentenceLineIsStillFoundAfterCleaning() {
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    int checked = 0;
    for (Path file : Corpus.documents()) {
      String source = Corpus.read(file);
      SourceText text = new SourceText(file.getFileName().toString(), source);
      List<Fact> cleaned = new ArrayList<>();
      for (AnalyzedDocument d : analyzer.analyze(text)) {
        cleaned.addAll(d.facts());
      }
      List<int[]> lines = sentenceLines(source);
      for (Fact raw : rawFacts(text)) {
        int at = source.offsetByCodePoints(0, raw.start());
        if (lines.stream().noneMatch(l -> at >= l[0] && at < l[1])) {
          continue;
        }
        boolean found = false;
        for (Fact f : cleaned) {
          found |=
              f.start() < raw.end() && f.end() > raw.start() && f.normUnit().equals(raw.normUnit());
        }
        assertThat(found).as("%s: %s at %d", file.getFileName(), raw.text(), raw.start()).isTrue();
        checked++;
      }
    }
    System.out.println("facts of sentence lines found both before and after cleaning: " + checked);
  }

  /** The facts of the text taken as it is, without cleaning. */
  private static List<Fact> rawFacts(SourceText text) {
    Article article = new Article(MappedText.identity(text.text()), null, null);
    DocumentMeta meta = new MetadataDetector().detect(article, text.name());
    Structure structure = new StructureParser().parse(article, meta);
    return new FactExtractor().extract(article, meta, structure, text.codePoints());
  }

  /** Lines holding a sentence: long enough and with a full stop or semicolon. */
  private static List<int[]> sentenceLines(String source) {
    List<int[]> lines = new ArrayList<>();
    int from = 0;
    while (from < source.length()) {
      int nl = source.indexOf('\n', from);
      int to = nl < 0 ? source.length() : nl;
      String line = source.substring(from, to);
      if (line.strip().length() >= SENTENCE_LINE && (line.contains("。") || line.contains("；"))) {
        lines.add(new int[] {from, to});
      }
      from = to + 1;
    }
    return lines;
  }
}
