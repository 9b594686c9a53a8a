package org.duban.core.split;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.duban.core.clean.CleanedText;
import org.duban.core.clean.Dates;
import org.duban.core.clean.Markup;
import org.duban.core.clean.Shapes;
import org.duban.core.text.MappedText;

/**
 * Finds the documents a file holds. A feed or listing page repeats one shape: a separator line, a
 * headline, a body and a posting date. When at least two blocks between separators (or ending in a
 * date line) have that shape, each becomes an article; anything else stays one article.
 */
public final class ArticleSplitter {

  private static final int MAX_TITLE = 100;
  private static final int MAX_SEPARATOR = 80;
  private static final int MAX_DATE_LINE = 30;
  private static final int MIN_ARTICLES = 2;
  private static final int MIN_DATED_ARTICLES = 3;

  public List<Article> split(MappedText cleaned) {
    return split(new CleanedText(cleaned, Markup.NONE));
  }

  /** The articles of a cleaned file, in order; never empty. */
  public List<Article> split(CleanedText cleaned) {
    String text = cleaned.text().text();
    List<int[]> lines = lines(text);
    List<int[]> blocks = blocksBetweenSeparators(text, lines);
    List<Article> articles = articles(cleaned, text, lines, blocks, MIN_ARTICLES);
    if (articles == null) {
      articles =
          articles(cleaned, text, lines, blocksEndingInDates(text, lines), MIN_DATED_ARTICLES);
    }
    if (articles == null) {
      // one document: its title is for the metadata stage to find
      articles = List.of(new Article(cleaned.text(), null, null, cleaned.markup()));
    }
    return articles;
  }

  /** Blocks of line indices {@code [from, to)} between separator lines. */
  private static List<int[]> blocksBetweenSeparators(String text, List<int[]> lines) {
    return blocks(lines, range -> isSeparator(text, range), false);
  }

  /** Blocks of lines each closed by a line holding only a date. */
  private static List<int[]> blocksEndingInDates(String text, List<int[]> lines) {
    return blocks(lines, range -> isDate(text, range), true);
  }

  /**
   * The lines cut into blocks at the lines {@code boundary} accepts; a boundary line closes the
   * block before it when {@code closes}, else it belongs to no block.
   */
  private static List<int[]> blocks(List<int[]> lines, Predicate<int[]> boundary, boolean closes) {
    List<int[]> blocks = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (boundary.test(lines.get(i))) {
        int to = closes ? i + 1 : i;
        if (to > from) {
          blocks.add(new int[] {from, to});
        }
        from = i + 1;
      }
    }
    if (from < lines.size()) {
      blocks.add(new int[] {from, lines.size()});
    }
    return blocks;
  }

  /** The articles, or null when fewer than {@code minimum} blocks look like articles. */
  private static List<Article> articles(
      CleanedText cleaned, String text, List<int[]> lines, List<int[]> blocks, int minimum) {
    if (blocks.size() < minimum) {
      return null;
    }
    boolean[] shaped = new boolean[blocks.size()];
    int count = 0;
    for (int b = 0; b < blocks.size(); b++) {
      shaped[b] = isArticle(text, lines, blocks.get(b));
      count += shaped[b] ? 1 : 0;
    }
    if (count < minimum) {
      return null;
    }
    List<Article> articles = new ArrayList<>();
    int groupStart = 0;
    int shapedBlock = -1;
    for (int b = 0; b <= blocks.size(); b++) {
      boolean closes = b == blocks.size() || (shaped[b] && shapedBlock >= 0);
      if (closes) {
        // a group: one article block with the blocks before the first and after each article
        int from = lines.get(blocks.get(groupStart)[0])[0];
        int to = lines.get(blocks.get(b - 1)[1] - 1)[1];
        articles.add(article(cleaned, text, lines, from, to, blocks.get(shapedBlock)));
        groupStart = b;
      }
      if (b < blocks.size() && shaped[b]) {
        shapedBlock = b;
      }
    }
    return articles;
  }

  private static Article article(
      CleanedText cleaned, String text, List<int[]> lines, int from, int to, int[] block) {
    String title = null;
    LocalDate date = null;
    for (int i = block[0]; i < block[1]; i++) {
      String line = line(text, lines.get(i));
      if (title == null && isTitle(line)) {
        title = Shapes.withoutTag(line);
      } else if (date == null && Shapes.isDateLine(line)) {
        date = Dates.parse(line);
      }
    }
    return new Article(
        cleaned.text().slice(from, to), title, date, cleaned.markup().slice(from, to));
  }

  private static boolean isArticle(String text, List<int[]> lines, int[] block) {
    boolean title = false;
    boolean body = false;
    boolean date = false;
    for (int i = block[0]; i < block[1]; i++) {
      String line = line(text, lines.get(i));
      if (!title && !body && isTitle(line)) {
        title = true;
      } else if (Shapes.isDateLine(line)) {
        date = true;
      } else if (line.length() >= 50 || Shapes.hasSentenceEnd(line)) {
        body = true;
      }
    }
    return title && body && date;
  }

  private static boolean isTitle(String line) {
    int n = Shapes.length(line);
    return n >= 4
        && n <= MAX_TITLE
        && !Shapes.isDateLine(line)
        && !Shapes.isSeparatorLine(line)
        && !line.endsWith("。")
        && Shapes.hasHan(line);
  }

  private static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl;
      lines.add(new int[] {from, to});
      from = to + 1;
    }
    return lines;
  }

  /** Whether the line is a separator, without copying lines that are too long to be one. */
  private static boolean isSeparator(String text, int[] range) {
    return range[1] - range[0] <= MAX_SEPARATOR && Shapes.isSeparatorLine(line(text, range));
  }

  private static boolean isDate(String text, int[] range) {
    return range[1] - range[0] <= MAX_DATE_LINE && Shapes.isDateLine(line(text, range));
  }

  private static String line(String text, int[] range) {
    return text.substring(range[0], range[1]);
  }
}
