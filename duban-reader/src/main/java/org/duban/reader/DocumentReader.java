package org.duban.reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.tika.io.TikaInputStream;
import org.duban.core.text.SourceText;

/**
 * Reads a file into the text every offset points into. Plain text and Markdown in UTF-8 (with or
 * without a byte-order mark), UTF-16 with a mark, or GB18030/GBK, detected without being told;
 * HTML, whose visible text is mapped to the page's source; PDF and DOCX, through Apache Tika, whose
 * extracted text is the text offsets point into.
 */
public final class DocumentReader {

  private final ReadLimit limit;

  /** A reader with the default limit on a document's text ({@value ReadLimit#DEFAULT_MB} MB). */
  public DocumentReader() {
    this(ReadLimit.DEFAULT);
  }

  public DocumentReader(ReadLimit limit) {
    this.limit = limit;
  }

  public SourceText read(Path file) throws UnreadableFileException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (Files.isDirectory(file)) {
      throw new UnreadableFileException(
          "cannot read " + file + ": it is a directory; give the files inside it");
    }
    byte[] bytes;
    try {
      byte[] head = new byte[8];
      int n;
      try (InputStream in = Files.newInputStream(file)) {
        n = in.readNBytes(head, 0, head.length);
      }
      if (n == 0) {
        throw empty(name);
      }
      if (isPdf(head) || isZip(head)) {
        // parsed from the file as a stream: the limit bounds its text, not its bytes
        try (InputStream in = TikaInputStream.get(file)) {
          return new SourceText(name, extract(name, head, in));
        }
      }
      if (Files.size(file) > textBytesBound()) {
        throw limit.refusal(name);
      }
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
    if (isPdf(bytes) || isZip(bytes)) {
      try (InputStream in = new ByteArrayInputStream(bytes)) {
        return new SourceText(name, extract(name, bytes, in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (TextDecoder.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      throw TikaText.oleContainer(name, bytes);
    }
    if (bytes.length > textBytesBound()) {
      throw limit.refusal(name);
    }
    String text = TextDecoder.decode(name, bytes).text();
    if (text.isBlank()) {
      throw empty(name);
    }
    if (ReadLimit.utf8Length(text, 0, text.length()) > limit.maxTextBytes()) {
      throw limit.refusal(name);
    }
    if (HtmlText.looksLikeHtml(name, text)) {
      return new SourceText(name, text, HtmlText.of(text));
    }
    return new SourceText(name, text);
  }

  /**
   * Files larger than this cannot hold a text within the limit: no encoding Duban reads takes more
   * than twice the bytes UTF-8 does (ASCII in UTF-16).
   */
  private long textBytesBound() {
    return 2 * limit.maxTextBytes() + 4;
  }

  private String extract(String name, byte[] head, InputStream in) throws UnreadableFileException {
    return isPdf(head) ? TikaText.pdf(name, in, limit) : TikaText.docx(name, in, limit);
  }

  private static boolean isPdf(byte[] head) {
    return TextDecoder.startsWith(head, '%', 'P', 'D', 'F', '-');
  }

  private static boolean isZip(byte[] head) {
    return TextDecoder.startsWith(head, 'P', 'K', 3, 4);
  }

  private static UnreadableFileException empty(String name) {
    return new UnreadableFileException(
        "cannot read " + name + ": the file is empty; check that it was saved or downloaded fully");
  }
}
