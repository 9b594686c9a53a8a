package org.duban.core.text;

import java.util.Objects;

/**
 * The text of one file exactly as read (decoded, nothing stripped): every offset Duban reports
 * points into it, counted in Unicode code points.
 */
public record SourceText(String name, String text) {

  public SourceText {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }

  /** A converter from this text's UTF-16 indices to code-point offsets. */
  public CodePointIndex codePoints() {
    return CodePointIndex.of(text);
  }
}
