package org.duban.app.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.duban.app.config.DubanProperties;
import org.duban.app.fact.RegionName;
import org.duban.core.sentence.Sentence;
import org.duban.core.sentence.SentenceSplitter;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The Lucene index of every stored sentence, with its document's region, year and type for
 * filtering. It is derived data: the database is the record, and {@code duban reindex} rebuilds
 * this from it.
 */
@Component
public final class SearchIndex implements AutoCloseable {

  private static final String DOC_ID = "doc_id";
  private static final String TEXT = SearchAnalyzer.WORDS;
  private static final String PAIRS = SearchAnalyzer.PAIRS;
  private static final FieldType TEXT_TYPE = new FieldType();

  static {
    TEXT_TYPE.setTokenized(true);
    TEXT_TYPE.setStored(true);
    // No offsets in the postings: the highlighter re-analyses the few sentences it shows.
    TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    TEXT_TYPE.freeze();
  }

  private final Path path;
  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final SentenceSplitter splitter = new SentenceSplitter();
  // Searches repeat (the same indicators, the same filters); answers hold until the next commit.
  private final AtomicLong generation = new AtomicLong();
  private final Cache<CacheKey, SearchResult> results =
      Caffeine.newBuilder().maximumSize(10_000).build();

  private record CacheKey(long generation, String q, SearchFilter filter, int limit, int offset) {}

  public SearchIndex(DubanProperties properties) throws IOException {
    this.path = properties.indexDir().toAbsolutePath();
    Files.createDirectories(path);
    this.directory = FSDirectory.open(path);
    this.analyzer = SearchAnalyzer.create();
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(64);
    try {
      this.writer = new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IllegalStateException(
          "the search index in "
              + path
              + " is in use by another Duban process (a running 'duban serve'?); stop it and"
              + " try again",
          e);
    }
    this.searchers = new SearcherManager(writer, null);
  }

  /** Adds every sentence of a document; visible to searches after {@link #commit()}. */
  public void add(IndexedDocument document) {
    String text = document.text().documentText();
    int base = document.text().start();
    List<Document> sentences = new ArrayList<>();
    int cpIndex = 0;
    int utf16Index = 0;
    for (Sentence s : splitter.split(text)) {
      cpIndex += text.codePointCount(utf16Index, s.start());
      int start = base + cpIndex;
      int length = text.codePointCount(s.start(), s.end());
      cpIndex += length;
      utf16Index = s.end();
      sentences.add(sentence(document, s.in(text), start, start + length));
    }
    try {
      writer.addDocuments(sentences);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document sentence(IndexedDocument d, String text, int start, int end) {
    Document doc = new Document();
    doc.add(new StringField(DOC_ID, Long.toString(d.id()), Field.Store.YES));
    doc.add(new StoredField("title", d.title() == null ? "" : d.title()));
    if (d.region() != null) {
      doc.add(new StringField("region", d.region(), Field.Store.NO));
    }
    if (d.year() != null) {
      doc.add(new StringField("year", d.year().toString(), Field.Store.NO));
    }
    doc.add(new StringField("type", d.type(), Field.Store.NO));
    // Words only match and rank; the pairs field keeps the sentence and marks the hits.
    doc.add(new TextField(TEXT, text, Field.Store.NO));
    doc.add(new Field(PAIRS, text, TEXT_TYPE));
    doc.add(new StoredField("start", start));
    doc.add(new StoredField("end", end));
    return doc;
  }

  public void delete(long documentId) {
    try {
      writer.deleteDocuments(new Term(DOC_ID, Long.toString(documentId)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void deleteAll() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes what was added or deleted durable and visible to searches. */
  public void commit() {
    try {
      writer.commit();
      searchers.maybeRefreshBlocking();
      generation.incrementAndGet();
      results.invalidateAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the index holds no sentence at all (a new folder, or a lost index). */
  public boolean isEmpty() {
    return writer.getDocStats().numDocs == 0;
  }

  public Path path() {
    return path;
  }

  /**
   * The sentences that contain every phrase of {@code q} (phrases are separated by spaces), best
   * first.
   */
  public SearchResult search(String q, SearchFilter filter, int limit, int offset) {
    return results.get(
        new CacheKey(generation.get(), q, filter, limit, offset),
        k -> run(q, filter, limit, offset));
  }

  private SearchResult run(String q, SearchFilter filter, int limit, int offset) {
    Query query = query(q, filter);
    if (query == null) {
      return new SearchResult(0, List.of());
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        int total = searcher.count(query);
        int wanted = Math.min(offset + limit, Math.max(total, 1));
        TopDocs top =
            searcher.search(
                query, wanted, new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC), false);
        ScoreDoc[] page =
            java.util.Arrays.copyOfRange(
                top.scoreDocs, Math.min(offset, top.scoreDocs.length), top.scoreDocs.length);
        TopDocs pageDocs = new TopDocs(top.totalHits, page);
        // Every match has its phrase of pairs, so the pairs field marks whatever was found.
        String[] snippets = highlighter(searcher).highlight(PAIRS, query, pageDocs, 1);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
          Document doc = searcher.storedFields().document(page[i].doc);
          String snippet = snippets[i] != null ? snippets[i] : HtmlUtils.htmlEscape(doc.get(PAIRS));
          hits.add(
              new SearchHit(
                  Long.parseLong(doc.get(DOC_ID)),
                  doc.get("title"),
                  snippet,
                  doc.getField("start").numericValue().intValue(),
                  doc.getField("end").numericValue().intValue()));
        }
        return new SearchResult(total, hits);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private UnifiedHighlighter highlighter(IndexSearcher searcher) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(WholeBreakIterator::new)
        .withMaxLength(100_000)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
        .build();
  }

  private Query query(String q, SearchFilter filter) {
    BooleanQuery.Builder bool = new BooleanQuery.Builder();
    boolean any = false;
    for (String phrase : q.strip().split("\\s+")) {
      Query p = SearchAnalyzer.phrase(analyzer, phrase);
      if (p != null) {
        bool.add(p, Occur.MUST);
        any = true;
      }
    }
    if (!any) {
      return null;
    }
    if (filter.region() != null) {
      List<BytesRef> names =
          RegionName.variants(filter.region()).stream().map(BytesRef::new).toList();
      bool.add(new TermInSetQuery("region", names), Occur.FILTER);
    }
    if (filter.year() != null) {
      bool.add(new TermQuery(new Term("year", filter.year().toString())), Occur.FILTER);
    }
    if (filter.type() != null) {
      bool.add(new TermQuery(new Term("type", filter.type())), Occur.FILTER);
    }
    if (filter.document() != null) {
      bool.add(new TermQuery(new Term(DOC_ID, filter.document().toString())), Occur.FILTER);
    }
    return bool.build();
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }
}
