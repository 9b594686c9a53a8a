package org.duban.core.sentence;

/** A sentence of an article's text: {@code [start, end)} in that text's indices. */
public record Sentence(int start, int end) {

  /** The sentence's characters in {@code text}. */
  public String in(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
