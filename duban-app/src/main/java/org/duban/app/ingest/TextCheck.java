package org.duban.app.ingest;

/** Rejects texts that are no document: empty files, and binary data that happened to decode. */
final class TextCheck {

  private TextCheck() {}

  /** Why {@code text} cannot be a document, or null when it can. */
  static String problem(String text) {
    if (text.isBlank()) {
      return "the file is empty; there is nothing to store";
    }
    int control = 0;
    int sample = Math.min(text.length(), 64 * 1024);
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return "it holds binary data (NUL bytes), not text; give Duban the document itself";
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (control * 20 > sample) {
      return "it looks like binary data, not text; give Duban the document itself";
    }
    return null;
  }
}
