package org.duban.core.split;

import java.util.List;
import org.duban.core.text.MappedText;

/** Finds the documents a file holds. */
public final class ArticleSplitter {

  public List<Article> split(MappedText cleaned) {
    return List.of(new Article(cleaned, firstLine(cleaned.text()), null));
  }

  private static String firstLine(String text) {
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return null;
  }
}
