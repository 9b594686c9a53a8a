package org.duban.core.text;

import java.util.Objects;

/**
 * The text of one file exactly as read (decoded, nothing stripped): every offset Duban reports
 * points into it, counted in Unicode code points.
 *
 * @param content the file's readable text mapped to {@code text} when the two differ (the visible
 *     text of an HTML page), or null when {@code text} is read as it is
 */
public record SourceText(String name, String text, MappedText content) {

  public SourceText {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }

  /** A file whose text is read as it is (plain text, Markdown, text extracted from PDF or DOCX). */
  public SourceText(String name, String text) {
    this(name, text, null);
  }

  /** The text later stages read: {@link #content()} when there is one, else the text itself. */
  public MappedText readable() {
    return content != null ? content : MappedText.identity(text);
  }

  /** A converter from this text's UTF-16 indices to code-point offsets. */
  public CodePointIndex codePoints() {
    return CodePointIndex.of(text);
  }
}
