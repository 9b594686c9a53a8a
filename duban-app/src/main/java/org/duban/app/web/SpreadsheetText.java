package org.duban.app.web;

/**
 * Text for a cell of an exported spreadsheet. A cell that begins with {@code = + - @}, a tab or a
 * carriage return is read as a formula by Excel and LibreOffice (a file named {@code
 * =HYPERLINK(…).txt} would become a link); such text gets a leading apostrophe, which both show as
 * text and do not run.
 */
public final class SpreadsheetText {

  private SpreadsheetText() {}

  /** Whether a spreadsheet would take the text for a formula. */
  public static boolean looksLikeFormula(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  /** The text, with an apostrophe in front when a spreadsheet would take it for a formula. */
  public static String neutralise(String text) {
    return looksLikeFormula(text) ? "'" + text : text;
  }
}
