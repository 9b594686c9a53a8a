package org.duban.core.fact;

import org.duban.core.meta.DocumentMeta;

/**
 * What every figure of one article shares: the article's text, the document's metadata, and the
 * article-wide indexes built once (paragraphs that span years, the years a story names).
 */
record ArticleContext(String text, DocumentMeta meta, SpanParagraphs spans, StoryYears years) {

  static ArticleContext of(String text, DocumentMeta meta) {
    return new ArticleContext(text, meta, SpanParagraphs.of(text), StoryYears.of(text));
  }
}
