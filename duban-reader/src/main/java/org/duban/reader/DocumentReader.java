package org.duban.reader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.duban.core.text.SourceText;

/**
 * Reads a file into the text every offset points into. Plain text and Markdown in UTF-8 (with or
 * without a byte-order mark), UTF-16 with a mark, or GB18030/GBK, detected without being told;
 * HTML, whose visible text is mapped to the page's source; PDF and DOCX, through Apache Tika, whose
 * extracted text is the text offsets point into.
 */
public final class DocumentReader {

  public SourceText read(Path file) throws UnreadableFileException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (Files.isDirectory(file)) {
      throw new UnreadableFileException(
          "cannot read " + file + ": it is a directory; give the files inside it");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableFileException(
          "cannot read " + file + ": there is no such file; check the path", e);
    } catch (IOException e) {
      throw new UnreadableFileException(
          "cannot read " + file + ": " + e.getMessage() + "; check the path and permissions", e);
    }
    return read(name, bytes);
  }

  /** Reads the bytes of a file called {@code name} (its name only helps recognise HTML). */
  public SourceText read(String name, byte[] bytes) throws UnreadableFileException {
    if (bytes.length == 0) {
      throw empty(name);
    }
    if (TextDecoder.startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
      return new SourceText(name, TikaText.pdf(name, bytes));
    }
    if (TextDecoder.startsWith(bytes, 'P', 'K', 3, 4)) {
      return new SourceText(name, TikaText.docx(name, bytes));
    }
    if (TextDecoder.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      throw TikaText.oleContainer(name, bytes);
    }
    String text = TextDecoder.decode(name, bytes).text();
    if (text.isBlank()) {
      throw empty(name);
    }
    if (HtmlText.looksLikeHtml(name, text)) {
      return new SourceText(name, text, HtmlText.of(text));
    }
    return new SourceText(name, text);
  }

  private static UnreadableFileException empty(String name) {
    return new UnreadableFileException(
        "cannot read " + name + ": the file is empty; check that it was saved or downloaded fully");
  }
}
