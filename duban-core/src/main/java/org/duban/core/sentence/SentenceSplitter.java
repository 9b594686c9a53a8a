package org.duban.core.sentence;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Cuts text into sentences at 。！？；, line breaks and their full-width kin. */
public final class SentenceSplitter {

  public List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    each(text).forEach(sentences::add);
    return sentences;
  }

  /** The sentences of {@code text} one at a time, for a text too long to list them all at once. */
  public Iterable<Sentence> each(String text) {
    return () -> new Cursor(text);
  }

  private static boolean ends(char c) {
    return c == '。' || c == '！' || c == '？' || c == '；' || c == '\n' || c == ';';
  }

  /** Reads on from the end of the last sentence to the end of the next that is not blank. */
  private static final class Cursor implements Iterator<Sentence> {
    private final String text;
    private int start;
    private Sentence next;

    Cursor(String text) {
      this.text = text;
      advance();
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public Sentence next() {
      if (next == null) {
        throw new NoSuchElementException();
      }
      Sentence s = next;
      advance();
      return s;
    }

    private void advance() {
      next = null;
      while (next == null && start <= text.length()) {
        int i = start;
        while (i < text.length() && !ends(text.charAt(i))) {
          i++;
        }
        int end = i == text.length() || text.charAt(i) == '\n' ? i : i + 1;
        next = trimmed(text, start, end);
        start = i + 1;
      }
    }
  }

  private static Sentence trimmed(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end > start ? new Sentence(start, end) : null;
  }
}
