package org.duban.app.extract;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.duban.app.console.DisplayWidth;
import org.duban.core.fact.Fact;
import org.duban.core.text.SourceText;

/** Facts for people: one aligned row each, with the sentence the figure stands in. */
final class TableFactWriter implements FactWriter {

  private static final String[] HEADER = {
    "offset", "figure", "indicator", "measure", "modality", "period", "region", "sentence"
  };
  private static final int[] MAX = {8, 18, 28, 12, 8, 9, 12, 70};

  private final PrintWriter out;

  TableFactWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(SourceText source, List<Fact> facts) {
    out.println("== " + source.name() + " (" + facts.size() + " facts)");
    if (facts.isEmpty()) {
      return;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    String text = source.text();
    for (Fact f : facts) {
      String measure =
          f.measure().name().toLowerCase()
              + (f.direction() == null ? "" : " " + f.direction().json());
      String figure =
          f.text()
              + (f.qualifier().json().equals("exact") ? "" : " (" + f.qualifier().json() + ")");
      rows.add(
          new String[] {
            String.valueOf(f.start()),
            figure,
            f.indicator() == null ? "" : f.indicator(),
            measure,
            f.modality().name().toLowerCase(),
            f.period() == null ? "" : f.period(),
            f.region() == null ? "" : f.region(),
            sentence(text, f)
          });
    }
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], Math.min(MAX[i], DisplayWidth.of(row[i])));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String cell = DisplayWidth.truncate(row[i], MAX[i]);
        line.append(i + 1 < row.length ? DisplayWidth.pad(cell, widths[i]) + "  " : cell);
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String sentence(String text, Fact f) {
    int from = text.offsetByCodePoints(0, f.sentenceStart());
    int to = text.offsetByCodePoints(from, f.sentenceEnd() - f.sentenceStart());
    return text.substring(from, to).replaceAll("\\s+", " ");
  }
}
