package org.duban.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.duban.core.structure.NodeKind;
import org.duban.core.structure.OutlineNode;
import org.duban.core.structure.Role;
import org.duban.core.testing.RandomDocument;
import org.duban.core.text.MappedText;
import org.duban.core.text.SourceText;
import org.junit.jupiter.api.Test;

class DocumentAnalyzerTest {

  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();

  @Test
  void aSinkGetsEachDocumentBeforeItsFactsAndItsEndAfterThem() {
    // issue 12: facts are handed over as they are found, never collected by the analyser
    String source = "2024年东湖区政府工作报告\n全区地区生产总值达到1234.5亿元，增长6.2%。\n新建养老床位400张。\n";
    List<String> events = new java.util.ArrayList<>();
    analyzer.analyze(
        new SourceText("r.txt", source),
        new DocumentSink() {
          @Override
          public void begin(DocumentHead document) {
            events.add("begin " + document.meta().jurisdiction());
          }

          @Override
          public void fact(org.duban.core.fact.Fact fact) {
            events.add(fact.text());
          }

          @Override
          public void end() {
            events.add("end");
          }
        });

    assertThat(events).containsExactly("begin 东湖区", "1234.5亿元", "6.2%", "400张", "end");
  }

  @Test
  void reportsOutlineOffsetsInCodePointsOfTheFileAsGiven() {
    // a character outside the basic plane before the headings shifts UTF-16 indices by one
    String source =
        "浏览: 12|回复: 0\n\n2024年某区政府工作报告\n\n各位代表：\n现在，我代表某区人民政府，向大会报告工作，𠮷请予审议。\n\n"
            + "## 二、2024年主要任务\n\n**（一）全面服务国家战略。**坚持对接服务。\n\n**深化开放枢纽建设。**深入对接总体方案。\n";
    List<AnalyzedDocument> documents = analyzer.analyze(new SourceText("r.md", source));
    assertThat(documents).hasSize(1);
    List<OutlineNode> outline = documents.get(0).outline();
    assertThat(outline)
        .extracting(OutlineNode::title)
        .containsExactly("2024年主要任务", "全面服务国家战略", "深化开放枢纽建设");
    List<String> written = List.of("二、2024年主要任务", "（一）全面服务国家战略。", "深化开放枢纽建设。");
    for (int i = 0; i < outline.size(); i++) {
      OutlineNode node = outline.get(i);
      int start = source.offsetByCodePoints(0, node.start());
      int end = source.offsetByCodePoints(0, node.end());
      assertThat(source.substring(start)).startsWith(written.get(i));
      assertThat(source.substring(0, end)).endsWith("深入对接总体方案。").doesNotEndWith("\n");
    }
    assertThat(documents.get(0).tasks()).hasSize(1);
    assertThat(documents.get(0).tasks().get(0).node().role()).isEqualTo(Role.PLAN);
    assertThat(documents.get(0).tasks().get(0).node().kind()).isEqualTo(NodeKind.TASK);
  }

  @Test
  void givesEachTaskTheFactsWrittenInsideIt() {
    String source =
        "2024年区政府重点工作安排\n一、牢牢把握高质量发展主题\n1.全力推动区域经济稳中有进。全年实现地区生产总值增长5%。\n"
            + "2.高质量开展投资促进工作。全年引进优质项目120个。\n";
    AnalyzedDocument document = analyzer.analyze(new SourceText("a.txt", source)).get(0);
    assertThat(document.tasks()).hasSize(2);
    assertThat(document.factsOf(document.tasks().get(0)))
        .extracting(f -> f.text())
        .containsExactly("5%");
    assertThat(document.factsOf(document.tasks().get(1)))
        .extracting(f -> f.text())
        .containsExactly("120个");
  }

  @Test
  void mapsTheVisibleTextOfAPageBackIntoItsSource() {
    String html = "<html><body><h2>二、2024年主要任务</h2><p>深化开放枢纽建设。深入对接&amp;落实方案。</p></body></html>";
    String visible = "二、2024年主要任务\n深化开放枢纽建设。深入对接&落实方案。\n";
    MappedText.Builder b = MappedText.builder(html);
    int h = html.indexOf("二、");
    for (int i = 0; i < "二、2024年主要任务".length(); i++) {
      b.appendSource(h + i, h + i + 1);
    }
    b.appendSynthetic('\n', html.indexOf("</h2>"));
    int p = html.indexOf("深化");
    b.appendSource(p, html.indexOf("&amp;"));
    b.appendSynthetic('&', html.indexOf("&amp;"));
    b.appendSource(html.indexOf("落实"), html.indexOf("</p>"));
    b.appendSynthetic('\n', html.indexOf("</p>"));
    MappedText content = b.build(html.length());
    assertThat(content.text()).isEqualTo(visible);
    List<AnalyzedDocument> documents = analyzer.analyze(new SourceText("p.html", html, content));
    OutlineNode task = documents.get(0).outline().get(1);
    assertThat(task.title()).isEqualTo("深化开放枢纽建设");
    assertThat(html.substring(task.start())).startsWith("深化开放枢纽建设。");
    assertThat(html.substring(0, task.end())).endsWith("落实方案。");
  }

  @Test
  void neverThrowsOnGarbageAndOffsetsStayInsideTheFile() {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      String source = RandomDocument.of(random, random.nextInt(500));
      int codePoints = source.codePointCount(0, source.length());
      for (AnalyzedDocument d : analyzer.analyze(new SourceText("g.txt", source))) {
        assertThat(d.start()).isBetween(0, codePoints);
        assertThat(d.end()).isBetween(d.start(), codePoints);
        for (OutlineNode node : d.outline()) {
          assertThat(node.start()).isBetween(0, codePoints);
          assertThat(node.end()).isBetween(node.start(), codePoints);
        }
      }
    }
  }
}
