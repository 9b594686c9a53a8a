package org.duban.reader;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file without being told its encoding: a byte-order mark decides; else
 * the bytes are UTF-8 when they decode strictly as UTF-8, else GB18030 (which covers GBK and
 * GB2312) when they decode strictly as that. Bytes that look binary are refused.
 */
final class TextDecoder {

  static final Charset GB18030 = Charset.forName("GB18030");
  private static final int SAMPLE = 64 * 1024;
  private static final double MAX_CONTROL_SHARE = 0.01;

  /** Text and the encoding it was read in. */
  record Decoded(String text, Charset charset) {}

  private TextDecoder() {}

  static Decoded decode(String name, byte[] bytes) throws UnreadableFileException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      // the mark stays in the text (as U+FEFF): offsets count from the file's first character
      return new Decoded(strict(name, bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(
          strict(name, bytes, 0, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(
          strict(name, bytes, 0, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    refuseBinary(name, bytes);
    try {
      return new Decoded(decode(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    } catch (CharacterCodingException notUtf8) {
      try {
        return new Decoded(decode(bytes, 0, GB18030), GB18030);
      } catch (CharacterCodingException notGb) {
        throw new UnreadableFileException(
            "cannot read "
                + name
                + ": it is neither UTF-8 nor GB18030/GBK text; convert it to UTF-8 and try again",
            notGb);
      }
    }
  }

  /** Refuses NUL bytes and a high share of control characters: the marks of a binary file. */
  private static void refuseBinary(String name, byte[] bytes) throws UnreadableFileException {
    int n = Math.min(bytes.length, SAMPLE);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw binary(name);
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    if (n > 0 && control > Math.max(2, n * MAX_CONTROL_SHARE)) {
      throw binary(name);
    }
  }

  private static UnreadableFileException binary(String name) {
    return new UnreadableFileException(
        "cannot read "
            + name
            + ": it is a binary file, not text, HTML, Markdown, PDF or DOCX; give Duban the document"
            + " itself or export it as PDF, DOCX or text");
  }

  private static String strict(String name, byte[] bytes, int offset, Charset charset)
      throws UnreadableFileException {
    try {
      return decode(bytes, offset, charset);
    } catch (CharacterCodingException e) {
      throw new UnreadableFileException(
          "cannot read "
              + name
              + ": it starts with a "
              + charset.name()
              + " byte-order mark but is not valid "
              + charset.name()
              + "; save it again as UTF-8",
          e);
    }
  }

  private static String decode(byte[] bytes, int offset, Charset charset)
      throws CharacterCodingException {
    CharBuffer chars =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
    return chars.toString();
  }

  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
