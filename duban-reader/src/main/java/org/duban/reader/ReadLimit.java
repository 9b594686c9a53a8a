package org.duban.reader;

/**
 * The largest document Duban reads: a bound on its text after decoding and decompression (counted
 * in UTF-8 bytes, 1 MB = 10^6 bytes), not on the file, so a small compressed file that unpacks to a
 * huge text is refused too, and as soon as its text passes the bound.
 */
public record ReadLimit(long maxTextBytes) {

  /** The default bound, in MB. */
  public static final int DEFAULT_MB = 50;

  /** The option that raises the bound, named in every refusal. */
  public static final String OPTION = "--max-document-mb";

  public static final ReadLimit DEFAULT = megabytes(DEFAULT_MB);

  public ReadLimit {
    if (maxTextBytes < 1) {
      throw new IllegalArgumentException(OPTION + " must be at least 1");
    }
  }

  public static ReadLimit megabytes(int mb) {
    if (mb < 1) {
      throw new IllegalArgumentException(OPTION + " must be at least 1, not " + mb);
    }
    return new ReadLimit(mb * 1_000_000L);
  }

  /** The refusal of a file whose text passes this bound. */
  UnreadableFileException refusal(String name) {
    return new UnreadableFileException(
        "cannot read "
            + name
            + ": its text is larger than "
            + describe()
            + ", the limit for one document; raise it with "
            + OPTION
            + " if the whole file should be read");
  }

  String describe() {
    long mb = maxTextBytes / 1_000_000;
    return mb * 1_000_000 == maxTextBytes ? mb + " MB" : maxTextBytes + " bytes";
  }

  /** The size of {@code text} in UTF-8 bytes. */
  static long utf8Length(CharSequence text, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      // a surrogate pair is 4 bytes: 2 for each half
      n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }

  static long utf8Length(char[] chars, int from, int length) {
    long n = 0;
    for (int i = from; i < from + length; i++) {
      char c = chars[i];
      n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }
}
