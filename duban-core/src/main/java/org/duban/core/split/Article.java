package org.duban.core.split;

import java.time.LocalDate;
import org.duban.core.clean.Markup;
import org.duban.core.text.MappedText;

/**
 * One document found in a file: a file may hold several (a news feed, a listing page).
 *
 * @param text the article's cleaned text, one paragraph per line, mapped to the file's source text
 * @param title its headline or title line, or null
 * @param date its posting or issuing date where the page gives one, or null
 * @param markup layout hints (markdown headings, bold runs) in the indices of {@code text}
 */
public record Article(MappedText text, String title, LocalDate date, Markup markup) {

  public Article {
    markup = markup == null ? Markup.NONE : markup;
  }

  /** An article without layout hints. */
  public Article(MappedText text, String title, LocalDate date) {
    this(text, title, date, Markup.NONE);
  }
}
