package org.duban.app.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.duban.app.fact.StoredFact;

/**
 * Cuts a document's text into pieces for the reader page: plain text, a piece of a fact (to be
 * highlighted), or a piece of the sentence a search hit points to.
 */
final class ReaderSegments {

  /**
   * One piece of the text.
   *
   * @param fact the index of the fact in the list given, or -1
   * @param hit whether the piece lies in the highlighted range
   * @param hitStart whether the highlighted range starts here (the page scrolls to it)
   * @param anchor the index of the outline node that starts here, or -1
   */
  record Segment(String text, int fact, boolean hit, boolean hitStart, int anchor) {}

  private ReaderSegments() {}

  static List<Segment> of(
      StoredText text, List<StoredFact> facts, int highlightStart, int highlightEnd) {
    return of(text, facts, highlightStart, highlightEnd, List.of());
  }

  /**
   * @param highlightStart start of a range to mark (file offsets), or -1
   * @param highlightEnd its end
   * @param anchors file offsets the page links to (outline nodes), by index
   */
  static List<Segment> of(
      StoredText text,
      List<StoredFact> facts,
      int highlightStart,
      int highlightEnd,
      List<Integer> anchors) {
    return of(text.documentText(), text.start(), facts, highlightStart, highlightEnd, anchors);
  }

  /**
   * @param body the text shown: the document or a part of it
   * @param base the file offset of its first code point
   */
  static List<Segment> of(
      String body,
      int base,
      List<StoredFact> facts,
      int highlightStart,
      int highlightEnd,
      List<Integer> anchors) {
    int length = body.codePointCount(0, body.length());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> facts.get(i).start()));
    // Facts that overlap one before them are listed on the page but not highlighted twice.
    List<int[]> marked = new ArrayList<>();
    int lastEnd = 0;
    for (int i : order) {
      int s = facts.get(i).start() - base;
      int e = facts.get(i).end() - base;
      if (s >= lastEnd && s >= 0 && e <= length && e > s) {
        marked.add(new int[] {s, e, i});
        lastEnd = e;
      }
    }
    int hs = highlightStart < 0 ? -1 : clamp(highlightStart - base, length);
    int he = highlightStart < 0 ? -1 : clamp(highlightEnd - base, length);
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
    for (int[] m : marked) {
      cuts.add(m[0]);
      cuts.add(m[1]);
    }
    if (hs >= 0 && he > hs) {
      cuts.add(hs);
      cuts.add(he);
    }
    java.util.Map<Integer, Integer> anchorAt = new java.util.HashMap<>();
    for (int i = 0; i < anchors.size(); i++) {
      int at = anchors.get(i) - base;
      if (at >= 0 && at < length) {
        cuts.add(at);
        anchorAt.putIfAbsent(at, i);
      }
    }
    List<Segment> segments = new ArrayList<>();
    Integer[] points = cuts.toArray(Integer[]::new);
    int m = 0;
    int utf16 = 0;
    for (int k = 0; k + 1 < points.length; k++) {
      int a = points[k];
      int b = points[k + 1];
      while (m < marked.size() && marked.get(m)[1] <= a) {
        m++;
      }
      int fact = m < marked.size() && marked.get(m)[0] <= a ? marked.get(m)[2] : -1;
      int next = body.offsetByCodePoints(utf16, b - a);
      boolean hit = hs >= 0 && a >= hs && a < he;
      segments.add(
          new Segment(
              body.substring(utf16, next),
              fact,
              hit,
              hit && a == hs,
              anchorAt.getOrDefault(a, -1)));
      utf16 = next;
    }
    return segments;
  }

  private static int clamp(int v, int length) {
    return Math.max(0, Math.min(v, length));
  }
}
