package org.duban.core.fact;

import java.util.List;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.split.Article;
import org.duban.core.structure.Structure;
import org.duban.core.text.CodePointIndex;

/** Finds the facts of one article. */
public final class FactExtractor {

  public List<Fact> extract(
      Article article, DocumentMeta meta, Structure structure, CodePointIndex codePoints) {
    return List.of();
  }
}
