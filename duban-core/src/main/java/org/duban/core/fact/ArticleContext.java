package org.duban.core.fact;

import org.duban.core.meta.DocumentMeta;
import org.duban.core.meta.DocumentType;

/**
 * What every figure of one article shares: the article's text, the document's metadata, and the
 * article-wide indexes built once (paragraphs that span years, the years a story names).
 */
record ArticleContext(String text, DocumentMeta meta, SpanParagraphs spans, StoryYears years) {

  static ArticleContext of(String text, DocumentMeta meta) {
    // only a news story moves its period with the years it names; other documents skip the pass
    StoryYears years = meta.type() == DocumentType.NEWS ? StoryYears.of(text) : StoryYears.NONE;
    return new ArticleContext(text, meta, SpanParagraphs.of(text), years);
  }
}
