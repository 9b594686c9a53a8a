package org.duban.core.clean;

import org.duban.core.text.MappedText;
import org.duban.core.text.SourceText;

/**
 * Separates a document's body from what surrounds it on the page (navigation, counters, user
 * panels, footers, markup), keeping every remaining character mapped to the source. The result has
 * one paragraph per line: lines a conversion broke inside a sentence are joined again, spaces a PDF
 * put between Chinese characters are dropped, blank lines are gone.
 */
public final class Cleaner {

  public MappedText clean(String source) {
    return cleanDocument(source).text();
  }

  /**
   * The cleaned body of a file: cleans the file's readable text (its visible text for HTML, the
   * text itself otherwise) and maps every character back to the file's text.
   */
  public CleanedText cleanDocument(SourceText source) {
    MappedText content = source.content();
    if (content == null) {
      return cleanDocument(source.text());
    }
    CleanedText cleaned = cleanDocument(content.text());
    return new CleanedText(content.compose(cleaned.text()), cleaned.markup());
  }

  /** The cleaned text of {@code source} with the layout hints later stages use. */
  public CleanedText cleanDocument(String source) {
    MarkupStripper.Stripped stripped = MarkupStripper.strip(source);
    String text = stripped.text.text();
    int lineCount = stripped.size();
    String[] lines = new String[lineCount];
    int[] starts = new int[lineCount];
    for (int i = 0; i < lineCount; i++) {
      int s = stripped.lineStarts[i];
      int e = stripped.lineEnds[i];
      while (s < e && Shapes.isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && Shapes.isSpace(text.charAt(e - 1))) {
        e--;
      }
      starts[i] = s;
      lines[i] = text.substring(s, e);
    }
    Furniture.Verdict verdict = Furniture.find(lines, stripped.listItem);
    boolean[] drop = verdict.drop();
    LineJoiner joiner = LineJoiner.forLines(lines);
    MappedText.Builder out = MappedText.builder(text);
    Markup.Builder markup = new Markup.Builder();
    int i = 0;
    while (i < lineCount) {
      if (drop[i] || lines[i].isEmpty()) {
        i++;
        continue;
      }
      int paragraphStart = out.length();
      int first = i;
      boolean heading =
          stripped.headingDepth[i] > 0
              || isWholeBold(stripped, starts[i], starts[i] + lines[i].length(), i);
      int boldEnd = emit(out, stripped, lines[i], starts[i], i);
      int last = i;
      while (true) {
        int next = last + 1;
        int blanks = 0;
        while (next < lineCount && lines[next].isEmpty() && !drop[next]) {
          next++;
          blanks++;
        }
        boolean outside = last < verdict.firstProse() || next > verdict.lastProse();
        if (next >= lineCount
            || drop[next]
            || stripped.headingDepth[next] > 0
            || !joiner.joins(lines[first], heading, lines[last], lines[next], blanks, outside)) {
          break;
        }
        emit(out, stripped, lines[next], starts[next], next);
        last = next;
      }
      markup.add(paragraphStart, stripped.headingDepth[first], boldEnd);
      if (stripped.lineEnds[last] < text.length()) {
        out.appendSynthetic('\n', stripped.lineEnds[last]);
      }
      i = last + 1;
    }
    MappedText cleaned = stripped.text.compose(out.build(text.length()));
    return new CleanedText(cleaned, markup.build());
  }

  /**
   * Copies line {@code i} without the spaces a conversion put inside words; returns where its
   * opening bold run ends in the output, or -1.
   */
  private static int emit(
      MappedText.Builder out, MarkupStripper.Stripped stripped, String line, int base, int i) {
    int[] skip = Despacer.spacesToDrop(line);
    // a bold run opening the line may start before the trimmed text (spaces inside the stars)
    boolean opensBold = stripped.boldStart[i] >= 0 && stripped.boldStart[i] <= base;
    int boldEnd = Math.min(stripped.boldEnd[i] - base, line.length());
    int boldOut = -1;
    int from = 0;
    for (int k = 0; k <= skip.length; k++) {
      int to = k < skip.length ? skip[k] : line.length();
      if (opensBold && boldEnd >= from && boldEnd <= to) {
        boldOut = out.length() + boldEnd - from;
      }
      out.appendSource(base + from, base + to);
      from = to + 1;
    }
    return boldOut;
  }

  private static boolean isWholeBold(MarkupStripper.Stripped stripped, int start, int end, int i) {
    return stripped.boldStart[i] >= 0
        && stripped.boldStart[i] <= start
        && stripped.boldEnd[i] >= end;
  }
}
