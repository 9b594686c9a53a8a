package org.duban.reader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds the PDF and DOCX files the reader tests read, so no binary fixture is committed. */
final class Fixtures {

  private Fixtures() {}

  /**
   * A PDF with one line per string. Its font is a CID font that is referenced, not embedded, with a
   * ToUnicode map, as PDFs made by Chinese office software often are; so no font file is needed.
   */
  static byte[] pdf(List<String> lines, String userPassword) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDFont font = PDFontFactory.createFont(type0Font(doc, String.join("", lines)));
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(50, 700);
        for (String line : lines) {
          // the codes are the text's UTF-16 units: the font's encoding is Identity-H
          content.appendRawCommands("<" + hex(line) + "> Tj\n");
          content.newLineAtOffset(0, -20);
        }
        content.endText();
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy(
                "owner-" + userPassword, userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static COSDictionary type0Font(PDDocument doc, String text) throws IOException {
    COSDictionary cid = new COSDictionary();
    cid.setItem(COSName.TYPE, COSName.FONT);
    cid.setItem(COSName.SUBTYPE, COSName.getPDFName("CIDFontType0"));
    cid.setName(COSName.BASE_FONT, "STSong-Light");
    COSDictionary info = new COSDictionary();
    info.setString(COSName.REGISTRY, "Adobe");
    info.setString(COSName.ORDERING, "Identity");
    info.setInt(COSName.SUPPLEMENT, 0);
    cid.setItem(COSName.CIDSYSTEMINFO, info);
    cid.setItem(COSName.DW, COSInteger.get(1000));
    COSDictionary descriptor = new COSDictionary();
    descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
    descriptor.setName(COSName.FONT_NAME, "STSong-Light");
    descriptor.setInt(COSName.FLAGS, 4);
    COSArray bbox = new COSArray();
    for (int v : new int[] {0, -200, 1000, 900}) {
      bbox.add(COSInteger.get(v));
    }
    descriptor.setItem(COSName.FONT_BBOX, bbox);
    descriptor.setInt(COSName.ITALIC_ANGLE, 0);
    descriptor.setInt(COSName.ASCENT, 900);
    descriptor.setInt(COSName.DESCENT, -200);
    descriptor.setInt(COSName.CAP_HEIGHT, 700);
    descriptor.setInt(COSName.STEM_V, 80);
    cid.setItem(COSName.FONT_DESC, descriptor);

    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TYPE0);
    font.setName(COSName.BASE_FONT, "STSong-Light");
    font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
    COSArray descendants = new COSArray();
    descendants.add(cid);
    font.setItem(COSName.DESCENDANT_FONTS, descendants);
    font.setItem(COSName.TO_UNICODE, toUnicode(doc, text));
    return font;
  }

  /** A ToUnicode map sending each code of {@code text} to itself. */
  private static COSStream toUnicode(PDDocument doc, String text) throws IOException {
    StringBuilder map = new StringBuilder();
    map.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
    map.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n");
    map.append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
    map.append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    int[] units = text.chars().distinct().toArray();
    for (int from = 0; from < units.length; from += 100) {
      int to = Math.min(units.length, from + 100);
      map.append(to - from).append(" beginbfchar\n");
      for (int i = from; i < to; i++) {
        String h = String.format("%04X", units[i]);
        map.append('<').append(h).append("> <").append(h).append(">\n");
      }
      map.append("endbfchar\n");
    }
    map.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    COSStream stream = doc.getDocument().createCOSStream();
    try (OutputStream out = stream.createOutputStream()) {
      out.write(map.toString().getBytes(StandardCharsets.US_ASCII));
    }
    return stream;
  }

  private static String hex(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(String.format("%04X", (int) c));
    }
    return b.toString();
  }

  /** A DOCX with one paragraph per string, encrypted with {@code password} when it is not null. */
  static byte[] docx(List<String> paragraphs, String password) throws Exception {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(plain);
    }
    if (password == null) {
      return plain.toByteArray();
    }
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword(password);
      try (OutputStream os = encryptor.getDataStream(fs)) {
        os.write(plain.toByteArray());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }
}
