package org.duban.app.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * How sentences are analysed and queries matched. Words come from Lucene's smartcn, chosen over
 * HanLP by measurement (docs/search.md). Both segmenters cut some names differently when they stand
 * alone in a query than inside a sentence (smartcn reads a lone 税收 as 税/收), so each sentence is
 * also indexed as overlapping character pairs and a phrase of pairs backs up the word phrase.
 */
final class SearchAnalyzer {

  /** The sentence as smartcn words: stored, and what the ranking prefers. */
  static final String WORDS = "text";

  /** The sentence as overlapping character pairs: catches what segmentation missed. */
  static final String PAIRS = "text_cjk";

  private SearchAnalyzer() {}

  static Analyzer create() {
    return new PerFieldAnalyzerWrapper(
        new SmartChineseAnalyzer(), Map.of(PAIRS, new CJKAnalyzer()));
  }

  /** Sentences containing {@code phrase}: as a word phrase, boosted, or as a phrase of pairs. */
  static Query phrase(Analyzer analyzer, String phrase) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    Query words = builder.createPhraseQuery(WORDS, phrase);
    Query pairs = builder.createPhraseQuery(PAIRS, phrase);
    if (words == null || pairs == null) {
      return words != null ? words : pairs;
    }
    return new BooleanQuery.Builder()
        .add(new BoostQuery(words, 2f), Occur.SHOULD)
        .add(pairs, Occur.SHOULD)
        .build();
  }
}
