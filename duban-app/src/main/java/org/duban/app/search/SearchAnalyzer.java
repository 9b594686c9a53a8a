package org.duban.app.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * The analyzer of the search index. Lucene's smartcn was chosen over HanLP by measuring both on
 * indicator-name queries over the corpus (docs/search.md): HanLP's dictionary keeps compounds such
 * as 地区生产总值 whole, so a query for a part of one misses it.
 */
final class SearchAnalyzer {

  private SearchAnalyzer() {}

  static Analyzer create() {
    return new SmartChineseAnalyzer();
  }
}
