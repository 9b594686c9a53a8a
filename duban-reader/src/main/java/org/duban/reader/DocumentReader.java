package org.duban.reader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.duban.core.text.SourceText;

/** Reads a file into the text every offset points into. */
public final class DocumentReader {

  public SourceText read(Path file) throws UnreadableFileException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnreadableFileException(
          "cannot read " + file + ": " + e.getMessage() + "; check the path and permissions", e);
    }
    return read(file.getFileName().toString(), bytes);
  }

  public SourceText read(String name, byte[] bytes) throws UnreadableFileException {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new SourceText(name, text);
    } catch (CharacterCodingException e) {
      throw new UnreadableFileException(
          "cannot read " + name + ": it is not UTF-8 text; convert it to UTF-8 and try again", e);
    }
  }
}
