package org.duban.core.sentence;

import java.util.ArrayList;
import java.util.List;

/** Cuts text into sentences at 。！？；, line breaks and their full-width kin. */
public final class SentenceSplitter {

  public List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = c == '。' || c == '！' || c == '？' || c == '；' || c == '\n' || c == ';';
      if (end) {
        add(text, start, c == '\n' ? i : i + 1, sentences);
        start = i + 1;
      }
    }
    add(text, start, text.length(), sentences);
    return sentences;
  }

  private static void add(String text, int start, int end, List<Sentence> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(start, end));
    }
  }
}
