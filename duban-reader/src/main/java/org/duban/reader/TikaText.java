package org.duban.reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The text of a PDF or an Office Open XML document (DOCX), extracted by Apache Tika's own parsers
 * for those formats. A damaged or password-protected file is refused with a message saying so.
 */
final class TikaText {

  private TikaText() {}

  static String pdf(String name, InputStream in, ReadLimit limit) throws UnreadableFileException {
    PDFParserConfig config = new PDFParserConfig();
    config.setSortByPosition(true);
    config.setExtractInlineImages(false);
    ParseContext context = new ParseContext();
    context.set(PDFParserConfig.class, config);
    return parse(name, in, new PDFParser(), context, "PDF", limit);
  }

  static String docx(String name, InputStream in, ReadLimit limit) throws UnreadableFileException {
    // The SAX extractor streams document.xml; the default one builds its whole DOM first, so the
    // limit could only stop a huge text after paying for all of it.
    OfficeParserConfig config = new OfficeParserConfig();
    config.setUseSAXDocxExtractor(true);
    ParseContext context = new ParseContext();
    context.set(OfficeParserConfig.class, config);
    return parse(name, in, new OOXMLParser(), context, "DOCX", limit);
  }

  /**
   * Refuses an OLE2 container: either an encrypted Office document (password-protected DOCX files
   * are stored that way) or a legacy .doc file.
   */
  static UnreadableFileException oleContainer(String name, byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
        return encrypted(name);
      }
    } catch (IOException | RuntimeException e) {
      return new UnreadableFileException(
          "cannot read "
              + name
              + ": the Office file is damaged ("
              + e.getMessage()
              + "); open it in"
              + " Word and save it again as DOCX",
          e);
    }
    return new UnreadableFileException(
        "cannot read "
            + name
            + ": it is an old Word (.doc) or other legacy Office file; save it"
            + " as DOCX or PDF and try again");
  }

  private static String parse(
      String name,
      InputStream in,
      Parser parser,
      ParseContext context,
      String format,
      ReadLimit limit)
      throws UnreadableFileException {
    BoundedTextHandler text = new BoundedTextHandler(limit);
    BodyContentHandler handler = new BodyContentHandler(text);
    try {
      parser.parse(in, handler, new Metadata(), context);
    } catch (EncryptedDocumentException e) {
      throw encrypted(name);
    } catch (TikaException | SAXException | IOException | RuntimeException e) {
      if (BoundedTextHandler.reached(e)) {
        throw limit.refusal(name);
      }
      if (isEncryption(e)) {
        throw encrypted(name);
      }
      throw new UnreadableFileException(
          "cannot read "
              + name
              + ": the "
              + format
              + " file is damaged or incomplete ("
              + reason(e)
              + "); open it and export it again, or use another copy",
          e);
    }
    String extracted = text.toString();
    if (extracted.isBlank()) {
      throw new UnreadableFileException(
          "cannot read "
              + name
              + ": the "
              + format
              + " file holds no text (perhaps only scanned"
              + " images); run OCR on it first or give Duban a text version");
    }
    return extracted;
  }

  private static boolean isEncryption(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String type = t.getClass().getSimpleName();
      if (type.contains("InvalidPassword") || type.contains("Encrypted")) {
        return true;
      }
    }
    return false;
  }

  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    message = message.replaceAll("\\s+", " ").strip();
    return message.length() > 120 ? message.substring(0, 120) + "…" : message;
  }

  private static UnreadableFileException encrypted(String name) {
    return new UnreadableFileException(
        "cannot read "
            + name
            + ": the file is encrypted; export it without a password and try"
            + " again");
  }
}
