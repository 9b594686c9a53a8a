package org.duban.app.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recognises texts that are not documents by their shape: tables (a manifest, a spreadsheet, a tab-
 * or comma-separated listing) and lists of file names. Such a file holds data about documents, not
 * prose to read facts from, and would be stored as a nonsensical document otherwise.
 */
final class DocumentShape {

  private static final int SAMPLE_LINES = 2_000;
  private static final double SHARE = 0.8;
  private static final Pattern FILE_NAME =
      Pattern.compile(
          "[^\\s]+\\.(txt|md|markdown|html?|pdf|docx?|xlsx?|csv|tsv|json|xml)",
          Pattern.CASE_INSENSITIVE);

  private DocumentShape() {}

  /** Why {@code text} is not a document, or null when it may be one. */
  static String notADocument(String text) {
    String[] lines = sample(text);
    if (lines.length < 3) {
      return null;
    }
    int columns = modalFields(lines, '\t', 2);
    if (columns > 0) {
      return "it is a table ("
          + columns
          + " tab-separated columns on most of its lines), not a document; give Duban the"
          + " documents themselves";
    }
    int prose = 0;
    int names = 0;
    for (String line : lines) {
      if (line.indexOf('。') >= 0) {
        prose++;
      }
      if (FILE_NAME.matcher(line.strip()).matches()) {
        names++;
      }
    }
    columns = modalFields(lines, ',', 3);
    if (columns > 0 && prose < lines.length / 10) {
      return "it is a table ("
          + columns
          + " comma-separated columns on most of its lines), not a document; give Duban the"
          + " documents themselves";
    }
    if (names >= SHARE * lines.length) {
      return "it is a list of file names, not a document; give Duban the files it lists";
    }
    return null;
  }

  private static String[] sample(String text) {
    return text.lines().filter(l -> !l.isBlank()).limit(SAMPLE_LINES).toArray(String[]::new);
  }

  /**
   * The number of fields most lines split into at {@code separator}, when that is at least {@code
   * min} and holds for most lines; else 0.
   */
  private static int modalFields(String[] lines, char separator, int min) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (String line : lines) {
      int fields = 1;
      for (int i = 0; i < line.length(); i++) {
        if (line.charAt(i) == separator) {
          fields++;
        }
      }
      counts.merge(fields, 1, Integer::sum);
    }
    var modal = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    return modal.getKey() >= min && modal.getValue() >= SHARE * lines.length ? modal.getKey() : 0;
  }
}
