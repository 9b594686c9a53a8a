package org.duban.app.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.duban.core.sentence.Sentence;
import org.duban.core.sentence.SentenceSplitter;
import org.duban.reader.DocumentReader;

/**
 * Measures how well each Chinese analyzer finds indicator names in the corpus, at sentence
 * granularity as the index does: a sentence is relevant when it contains the query's exact text,
 * and a search is a phrase query built by the analyzer, as {@link SearchIndex} builds it. Not a
 * test: run it by hand (docs/search.md) and write the figures down.
 */
public final class AnalyzerComparison {

  /** Indicator names and parts of names people search for (docs/search.md lists why). */
  static final List<String> QUERIES =
      List.of(
          "地区生产总值",
          "生产总值",
          "一般公共预算收入",
          "区级一般公共预算收入",
          "财政收入",
          "税收",
          "社会消费品零售总额",
          "商品销售总额",
          "固定资产投资",
          "实到外资",
          "实际使用外资",
          "进出口总额",
          "新增就业岗位",
          "城镇调查失业率",
          "失业率",
          "跨国公司地区总部",
          "总部",
          "亿元楼",
          "保障性租赁住房",
          "养老床位",
          "长者食堂",
          "优良天数比例",
          "细颗粒物",
          "研发经费",
          "高新技术企业",
          "专精特新",
          "旧区改造",
          "加装电梯",
          "居民人均可支配收入",
          "可支配收入",
          "能耗",
          "粮食产量",
          "规模以上工业增加值",
          "工业增加值",
          "营商环境",
          "数字经济");

  private AnalyzerComparison() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
    List<String> sentences = sentences(corpus);
    long chars = sentences.stream().mapToLong(String::length).sum();
    System.out.printf("corpus: %s, %d sentences, %d characters%n", corpus, sentences.size(), chars);
    Map<String, Analyzer> analyzers = new LinkedHashMap<>();
    analyzers.put("smartcn", new SmartChineseAnalyzer());
    analyzers.put("hanlp", HanLpTokenizer.analyzer());
    analyzers.put("cjk-bigram (reference)", new CJKAnalyzer());
    for (var e : analyzers.entrySet()) {
      Analyzer a = e.getValue();
      measure(
          e.getKey(),
          a,
          List.of("text"),
          q -> new QueryBuilder(a).createPhraseQuery("text", q),
          sentences,
          chars);
    }
    Analyzer chosen = SearchAnalyzer.create();
    measure(
        "smartcn + pairs (Duban)",
        chosen,
        List.of(SearchAnalyzer.WORDS, SearchAnalyzer.PAIRS),
        q -> SearchAnalyzer.phrase(chosen, q),
        sentences,
        chars);
  }

  private static void measure(
      String name,
      Analyzer analyzer,
      List<String> fields,
      java.util.function.Function<String, Query> queries,
      List<String> sentences,
      long chars)
      throws IOException {
    // Warm up dictionaries and the JIT on a slice before timing the whole.
    index(analyzer, fields, sentences.subList(0, Math.min(2000, sentences.size())));
    long started = System.nanoTime();
    ByteBuffersDirectory directory = index(analyzer, fields, sentences);
    double seconds = (System.nanoTime() - started) / 1e9;
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      long relevantTotal = 0;
      long foundTotal = 0;
      long correctTotal = 0;
      double recallSum = 0;
      double precisionSum = 0;
      List<String> missed = new ArrayList<>();
      for (String q : QUERIES) {
        List<Integer> relevant = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
          if (sentences.get(i).contains(q)) {
            relevant.add(i);
          }
        }
        Query query = queries.apply(q);
        int correct = 0;
        int found = 0;
        if (query != null) {
          for (ScoreDoc d : searcher.search(query, sentences.size()).scoreDocs) {
            found++;
            int id =
                searcher.storedFields().document(d.doc).getField("id").numericValue().intValue();
            if (sentences.get(id).contains(q)) {
              correct++;
            }
          }
        }
        relevantTotal += relevant.size();
        foundTotal += found;
        correctTotal += correct;
        double recall = relevant.isEmpty() ? 1 : (double) correct / relevant.size();
        double precision = found == 0 ? (relevant.isEmpty() ? 1 : 0) : (double) correct / found;
        recallSum += recall;
        precisionSum += precision;
        if (recall < 1) {
          missed.add(String.format("%s %d/%d", q, correct, relevant.size()));
        }
      }
      double recall = (double) correctTotal / relevantTotal;
      double precision = (double) correctTotal / foundTotal;
      System.out.printf(
          "%-24s recall %.3f  precision %.3f  F1 %.3f  (per-query mean: recall %.3f, precision"
              + " %.3f)  index %.2f MB/s%n",
          name,
          recall,
          precision,
          2 * recall * precision / (recall + precision),
          recallSum / QUERIES.size(),
          precisionSum / QUERIES.size(),
          chars * 3 / 1e6 / seconds);
      System.out.println("    queries missing sentences: " + missed);
    }
  }

  private static ByteBuffersDirectory index(
      Analyzer analyzer, List<String> fields, List<String> sentences) throws IOException {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < sentences.size(); i++) {
        Document doc = new Document();
        for (String field : fields) {
          doc.add(new TextField(field, sentences.get(i), Field.Store.NO));
        }
        doc.add(new StoredField("id", i));
        writer.addDocument(doc);
      }
    }
    return directory;
  }

  private static List<String> sentences(Path corpus) throws IOException {
    DocumentReader reader = new DocumentReader();
    SentenceSplitter splitter = new SentenceSplitter();
    List<String> sentences = new ArrayList<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        if (!file.toString().endsWith(".txt")) {
          continue;
        }
        try {
          String text = reader.read(file).text();
          for (Sentence s : splitter.split(text)) {
            sentences.add(s.in(text));
          }
        } catch (Exception e) {
          System.err.println("skipped " + file + ": " + e.getMessage());
        }
      }
    }
    return sentences;
  }
}
