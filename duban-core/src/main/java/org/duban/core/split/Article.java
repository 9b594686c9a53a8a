package org.duban.core.split;

import java.time.LocalDate;
import org.duban.core.text.MappedText;

/**
 * One document found in a file: a file may hold several (a news feed, a listing page).
 *
 * @param text the article's cleaned text, mapped to the file's source text
 * @param title its headline or title line, or null
 * @param date its posting or issuing date where the page gives one, or null
 */
public record Article(MappedText text, String title, LocalDate date) {}
