package org.duban.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limit on a document's text holds after decoding and decompression (issue 12). */
class ReadLimitTest {

  private static final String SENTENCE = "全区新建养老床位400张，同比增长12%。";
  private static final ReadLimit LIMIT = new ReadLimit(100_000);

  @TempDir Path folder;

  private static String text(int bytes) {
    int each = SENTENCE.getBytes(StandardCharsets.UTF_8).length;
    return SENTENCE.repeat((bytes + each - 1) / each);
  }

  @Test
  void refusesATextLargerThanTheLimitNamingTheLimitAndTheOption() {
    byte[] bytes = text(100_500).getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> new DocumentReader(LIMIT).read("大.txt", bytes))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("大.txt")
        .hasMessageContaining("100000 bytes")
        .hasMessageContaining("--max-document-mb");
  }

  @Test
  void readsATextJustUnderTheLimit() throws Exception {
    String text = text(99_000);

    assertThat(
            new DocumentReader(LIMIT).read("小.txt", text.getBytes(StandardCharsets.UTF_8)).text())
        .isEqualTo(text);
  }

  @Test
  void countsTheDecodedTextNotTheFileForGb18030() {
    // 80 KB of GB18030 is 120 KB of text in UTF-8: over the limit though the file is under it.
    byte[] gbk = text(120_000).getBytes(Charset.forName("GB18030"));
    assertThat(gbk.length).isLessThan(100_000);

    assertThatThrownBy(() -> new DocumentReader(LIMIT).read("旧.txt", gbk))
        .hasMessageContaining("--max-document-mb");
  }

  @Test
  void refusesASmallDocxThatUnpacksToAHugeText() throws Exception {
    byte[] docx = docx(text(2_000_000));
    assertThat(docx.length).isLessThan(100_000);
    Path file = Files.write(folder.resolve("小文件.docx"), docx);

    assertThatThrownBy(() -> new DocumentReader(LIMIT).read(file))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("小文件.docx")
        .hasMessageContaining("its text is larger than 100000 bytes")
        .hasMessageContaining("--max-document-mb");
  }

  @Test
  void readsADocxWithinTheLimit() throws Exception {
    byte[] docx = Fixtures.docx(List.of(SENTENCE), null);

    assertThat(new DocumentReader(LIMIT).read("小.docx", docx).text()).contains(SENTENCE);
  }

  @Test
  void refusesALargeTextFileWithoutReadingIt() throws Exception {
    Path file = folder.resolve("巨.txt");
    Files.write(file, new byte[250_000]);

    assertThatThrownBy(() -> new DocumentReader(LIMIT).read(file))
        .hasMessageContaining("--max-document-mb");
  }

  @Test
  void theDefaultIsFiftyMegabytes() {
    assertThat(ReadLimit.DEFAULT.maxTextBytes()).isEqualTo(50_000_000L);
    assertThat(ReadLimit.DEFAULT.describe()).isEqualTo("50 MB");
    assertThatThrownBy(() -> ReadLimit.megabytes(0)).hasMessageContaining("--max-document-mb");
  }

  /** A minimal DOCX holding {@code text} in one paragraph, compressed. */
  private static byte[] docx(String text) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
              + " Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
              + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
              + " PartName=\"/word/document.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
              + " Target=\"word/document.xml\"/></Relationships>");
      entry(
          zip,
          "word/document.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document"
              + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
              + "<w:p><w:r><w:t>"
              + text
              + "</w:t></w:r></w:p></w:body></w:document>");
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws Exception {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
