package org.duban.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.duban.core.clean.Cleaner;
import org.duban.core.text.MappedText;
import org.duban.core.text.SourceText;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

  private static final String REPORT = "二、2024年主要任务\n深化虹桥国际开放枢纽建设。全年引进优质项目120个。\n";
  private final DocumentReader reader = new DocumentReader();

  @Test
  void readsUtf8Text() throws Exception {
    SourceText text = reader.read("报告.txt", REPORT.getBytes(StandardCharsets.UTF_8));
    assertThat(text.text()).isEqualTo(REPORT);
    assertThat(text.content()).isNull();
  }

  @Test
  void keepsTheByteOrderMarkSoOffsetsCountFromTheFilesFirstCharacter() throws Exception {
    byte[] body = REPORT.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    SourceText text = reader.read("bom.txt", bytes);
    assertThat(text.text()).isEqualTo("\uFEFF" + REPORT);
    assertThat(new Cleaner().clean(text.text()).text()).startsWith("二、2024年主要任务");
  }

  @Test
  void detectsGb18030AndGbkWithoutBeingTold() throws Exception {
    for (String charset : List.of("GB18030", "GBK", "GB2312")) {
      byte[] bytes = REPORT.getBytes(Charset.forName(charset));
      assertThat(reader.read("gbk.txt", bytes).text()).as(charset).isEqualTo(REPORT);
    }
  }

  @Test
  void readsUtf16WithAMark() throws Exception {
    byte[] bytes = ("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_16LE);
    assertThat(reader.read("utf16.txt", bytes).text()).isEqualTo("\uFEFF" + REPORT);
  }

  @Test
  void refusesBinaryFilesInOneLine() {
    byte[] bytes = {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2, 3, 0, 0, 5};
    assertThatThrownBy(() -> reader.read("图.gif", bytes))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith("cannot read 图.gif: it is a binary file")
        .hasMessageNotContaining("\n");
  }

  @Test
  void refusesBytesThatAreNoKnownEncoding() {
    byte[] bytes = {'a', (byte) 0x80, 'b', (byte) 0xFF, (byte) 0xFF, 'c'};
    assertThatThrownBy(() -> reader.read("x.txt", bytes))
        .hasMessageContaining("neither UTF-8 nor GB18030")
        .hasMessageContaining("convert it to UTF-8");
  }

  @Test
  void refusesEmptyFiles() {
    assertThatThrownBy(() -> reader.read("空.txt", new byte[0]))
        .hasMessage(
            "cannot read 空.txt: the file is empty; check that it was saved or downloaded fully");
    assertThatThrownBy(() -> reader.read("blank.txt", " \n\n ".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("the file is empty");
  }

  @Test
  void readsHtmlAndMapsTheVisibleTextToThePageSource() throws Exception {
    String html =
        "<!DOCTYPE html><html><head><title>通知</title><style>p{color:red}</style></head><body>\n"
            + "<div class=\"nav\">首页 &gt; 通知</div>\n"
            + "<p>全年引进优质项目120个，\n增长5&#37;。</p><script>var x = 1;</script>\n"
            + "<p>R&amp;D投入2.5亿元。</p></body></html>";
    SourceText text = reader.read("page.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(text.text()).isEqualTo(html);
    MappedText visible = text.content();
    assertThat(visible.text()).isEqualTo("通知\n首页 > 通知\n全年引进优质项目120个，增长5%。\nR&D投入2.5亿元。\n");
    String s = visible.text();
    int figure = s.indexOf("120个");
    assertThat(html.substring(visible.toSource(figure), visible.toSourceEnd(figure + 4)))
        .isEqualTo("120个");
    int percent = s.indexOf("5%");
    assertThat(html.substring(visible.toSource(percent), visible.toSourceEnd(percent + 2)))
        .isEqualTo("5&#37;");
    assertThat(html.substring(visible.toSource(s.indexOf("D投入")))).startsWith("D投入");
  }

  @Test
  void readsHtmlInGbkDeclaredOrNot() throws Exception {
    String html = "<html><head><meta charset=\"gbk\"></head><body><p>地区生产总值增长5%。</p></body></html>";
    SourceText text = reader.read("gbk.htm", html.getBytes("GBK"));
    assertThat(text.content().text()).contains("地区生产总值增长5%。");
  }

  @Test
  void readsMarkdownAsTextForTheCleanerToStrip() throws Exception {
    String md = "## **二、2024年主要任务**\n\n**深化虹桥国际开放枢纽建设。**全年引进优质项目120个。\n";
    SourceText text = reader.read("报告.md", md.getBytes(StandardCharsets.UTF_8));
    assertThat(text.text()).isEqualTo(md);
    MappedText cleaned = new Cleaner().clean(text.text());
    assertThat(cleaned.text()).isEqualTo("二、2024年主要任务\n深化虹桥国际开放枢纽建设。全年引进优质项目120个。\n");
    int lead = cleaned.text().indexOf("深化");
    assertThat(md.substring(cleaned.toSource(lead))).startsWith("深化虹桥");
  }

  @Test
  void readsPdfThroughTika() throws Exception {
    byte[] pdf = Fixtures.pdf(List.of("二、2024年主要任务", "深化虹桥国际开放枢纽建设。"), null);
    SourceText text = reader.read("报告.pdf", pdf);
    assertThat(text.text()).contains("2024年主要任务").contains("深化虹桥国际开放枢纽建设。");
  }

  @Test
  void refusesPasswordProtectedPdf() throws Exception {
    byte[] pdf = Fixtures.pdf(List.of("深化虹桥国际开放枢纽建设。"), "secret");
    assertRefusedAsEncrypted("报告.pdf", pdf);
  }

  @Test
  void refusesCorruptPdf() {
    byte[] pdf =
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ntrailer garbage"
            .getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> reader.read("坏.pdf", pdf))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith("cannot read 坏.pdf: the PDF file is damaged")
        .hasMessageEndingWith("open it and export it again, or use another copy");
  }

  @Test
  void readsDocxThroughTika() throws Exception {
    byte[] docx = Fixtures.docx(List.of("2024年区政府重点工作安排", "1.全力推动区域经济稳中有进。全年实现地区生产总值增长5%。"), null);
    SourceText text = reader.read("安排.docx", docx);
    assertThat(text.text()).contains("2024年区政府重点工作安排\n").contains("1.全力推动区域经济稳中有进。");
  }

  @Test
  void refusesPasswordProtectedDocx() throws Exception {
    byte[] docx = Fixtures.docx(List.of("1.全力推动区域经济稳中有进。"), "secret");
    assertRefusedAsEncrypted("安排.docx", docx);
  }

  @Test
  void refusesCorruptDocx() {
    byte[] zip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};
    assertThatThrownBy(() -> reader.read("坏.docx", zip))
        .hasMessageStartingWith("cannot read 坏.docx: the DOCX file is damaged");
  }

  private void assertRefusedAsEncrypted(String name, byte[] bytes) {
    assertThatThrownBy(() -> reader.read(name, bytes))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage(
            "cannot read "
                + name
                + ": the file is encrypted; export it without a password and try again");
  }
}
