package org.duban.core.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.duban.core.clean.Cleaner;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.meta.MetadataDetector;
import org.duban.core.split.Article;
import org.duban.core.split.ArticleSplitter;
import org.duban.core.structure.Structure;
import org.duban.core.structure.StructureParser;
import org.duban.core.testing.Corpus;
import org.duban.core.text.CodePointIndex;
import org.duban.core.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * The facts of an article handed to the stages in runs are the facts of the whole article at once
 * (issue 12: a long document's facts are streamed out, never all held).
 */
class FigureBatchesTest {

  private static final FactExtractor WHOLE =
      new FactExtractor(Integer.MAX_VALUE, Integer.MAX_VALUE);

  @Test
  void everyParagraphARunGivesTheFactsOfTheWholeDocumentOnTheCorpus() {
    FactExtractor byParagraph = new FactExtractor(1, Integer.MAX_VALUE);
    FactExtractor bySentence = new FactExtractor(1, 1);
    for (Path file : Corpus.documents()) {
      SourceText source = new SourceText(file.getFileName().toString(), Corpus.read(file));
      List<Fact> whole = facts(WHOLE, source);
      assertThat(facts(byParagraph, source)).as(file.toString()).isEqualTo(whole);
      assertThat(facts(bySentence, source)).as(file.toString()).isEqualTo(whole);
    }
  }

  @Test
  void runsCutInsideALongParagraphGiveTheFactsOfTheWholeText() {
    for (boolean lines : new boolean[] {false, true}) {
      SourceText source = new SourceText("composed.txt", composed(3_000, lines));
      List<Fact> whole = facts(WHOLE, source);
      assertThat(whole).hasSizeGreaterThan(5_000);
      assertThat(facts(new FactExtractor(50, 300), source)).isEqualTo(whole);
      assertThat(facts(new FactExtractor(), source)).isEqualTo(whole);
    }
  }

  @Test
  void refusesRunsThatCannotHoldAFigure() {
    assertThatThrownBy(() -> new FactExtractor(0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("run");
  }

  /** All facts of every article of {@code source}, as the document analyser reads them. */
  private static List<Fact> facts(FactExtractor extractor, SourceText source) {
    CodePointIndex codePoints = source.codePoints();
    List<Fact> facts = new ArrayList<>();
    for (Article article : new ArticleSplitter().split(new Cleaner().cleanDocument(source))) {
      DocumentMeta meta = new MetadataDetector().detect(article, source.name());
      Structure structure = new StructureParser().parse(article, meta);
      extractor.extract(article, meta, structure, codePoints, facts::add);
    }
    return facts;
  }

  /** A report of invented places and figures, on one line or in paragraphs of a few sentences. */
  static String composed(int sentences, boolean lines) {
    String[] places = {"临江区", "清河区", "东湖区"};
    String[] indicators = {"地区生产总值", "一般公共预算收入", "新增就业岗位", "养老床位"};
    String[] units = {"亿元", "万元", "个", "张"};
    String[] verbs = {"达到", "完成", "新增", "力争达到"};
    Random random = new Random(12);
    StringBuilder text = new StringBuilder("临江区2024年政府工作报告").append(lines ? '\n' : '。');
    for (int i = 0; i < sentences; i++) {
      text.append(places[random.nextInt(places.length)])
          .append(2015 + random.nextInt(11))
          .append('年')
          .append(indicators[random.nextInt(indicators.length)])
          .append(verbs[random.nextInt(verbs.length)])
          .append(1 + random.nextInt(9999))
          .append(units[random.nextInt(units.length)])
          .append("，比上年增长")
          .append(random.nextInt(20))
          .append('.')
          .append(random.nextInt(10))
          .append(random.nextInt(5) == 0 ? "%；" : "%。");
      if (lines && random.nextInt(5) == 0) {
        text.append('\n');
      }
    }
    return text.toString();
  }
}
