package org.duban.app.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
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
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
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

  // A sentence is indexed in pieces of at most this many characters: a text without full stops
  // would otherwise make one huge Lucene document, and a search hit would answer all of it.
  static final int MAX_PIECE = 1_000;
  // Sentences go to Lucene in blocks of this many, so a huge document never becomes one block.
  private static final int BLOCK = 2_000;
  private static final String SEQ = "duban.ledger_seq";

  private final Path path;
  private final Directory directory;
  private final Analyzer analyzer;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private volatile IndexWriter writer;
  private volatile SearcherManager searchers;
  // The last change of the ledger's change log that the writer holds (-1: not known).
  private volatile long appliedSeq;
  // Searches repeat (the same indicators, the same filters); answers hold until the next commit.
  private final AtomicLong generation = new AtomicLong();
  private final AtomicInteger openings = new AtomicInteger();
  private final Cache<CacheKey, SearchResult> results =
      Caffeine.newBuilder().maximumSize(10_000).build();

  private record CacheKey(long generation, String q, SearchFilter filter, int limit, int offset) {}

  public SearchIndex(DubanProperties properties) throws IOException {
    this.path = properties.indexDir().toAbsolutePath();
    Files.createDirectories(path);
    this.directory = FSDirectory.open(path);
    this.analyzer = SearchAnalyzer.create();
    try {
      open();
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IllegalStateException(
          "the search index in "
              + path
              + " is in use by another Duban process (a running 'duban serve'?); stop it, or give"
              + " this instance a folder of its own with --index",
          e);
    }
  }

  private void open() throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(64);
    IndexWriter w = new IndexWriter(directory, config);
    long seq = -1;
    Iterable<Map.Entry<String, String>> data = w.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (SEQ.equals(e.getKey())) {
          seq = Long.parseLong(e.getValue());
        }
      }
    }
    this.appliedSeq = seq;
    this.writer = w;
    this.searchers = new SearcherManager(w, null);
    openings.incrementAndGet();
  }

  /** How many times the writer was opened: it changes when a failure made Lucene close it. */
  public int openings() {
    return openings.get();
  }

  /**
   * Opens the writer again after Lucene closed it on a failure (an {@link AlreadyClosedException}
   * for every later call otherwise); what was not committed is lost and must be applied again.
   */
  private synchronized void reopenIfClosed() {
    if (writer.isOpen()) {
      return;
    }
    try {
      SearcherManager old = searchers;
      open();
      old.close();
      results.invalidateAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private IndexWriter writer() {
    IndexWriter w = writer;
    if (!w.isOpen()) {
      reopenIfClosed();
      w = writer;
    }
    return w;
  }

  /**
   * Indexes every sentence of a document, replacing what the index held of it; visible to searches
   * after {@link #commit()}. A failure leaves the index open for the other documents.
   */
  public void add(IndexedDocument document) {
    add(document, Runnable::run);
  }

  /**
   * The same, with the document's blocks of sentences analysed on {@code blocks}: a single huge
   * document is indexed on every core, with a few blocks in flight at a time.
   */
  public void add(IndexedDocument document, Executor blocks) {
    String text = document.text().documentText();
    int base = document.text().start();
    IndexWriter w = writer();
    ArrayDeque<CompletableFuture<Void>> inFlight = new ArrayDeque<>();
    try {
      w.deleteDocuments(new Term(DOC_ID, Long.toString(document.id())));
      List<Document> block = new ArrayList<>(Math.min(BLOCK, 64));
      int cpIndex = 0;
      int utf16Index = 0;
      for (Sentence s : splitter.split(text)) {
        for (int from = s.start(); from < s.end(); ) {
          int to = pieceEnd(text, from, s.end());
          cpIndex += text.codePointCount(utf16Index, from);
          int start = base + cpIndex;
          int length = text.codePointCount(from, to);
          cpIndex += length;
          utf16Index = to;
          block.add(sentence(document, text.substring(from, to), start, start + length));
          if (block.size() == BLOCK) {
            submit(w, block, blocks, inFlight);
            block = new ArrayList<>(BLOCK);
          }
          from = to;
        }
      }
      if (!block.isEmpty()) {
        submit(w, block, blocks, inFlight);
      }
      while (!inFlight.isEmpty()) {
        inFlight.poll().join();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof AlreadyClosedException || !w.isOpen()) {
        reopenIfClosed();
        throw new IllegalStateException(
            "the search index failed on this document and was reopened: " + cause, cause);
      }
      throw new IllegalStateException("cannot index this document: " + cause, cause);
    } catch (AlreadyClosedException e) {
      reopenIfClosed();
      throw new IllegalStateException(
          "the search index failed on this document and was reopened: " + e.getMessage(), e);
    } finally {
      inFlight.forEach(f -> f.cancel(false));
    }
  }

  private static void submit(
      IndexWriter w,
      List<Document> block,
      Executor blocks,
      ArrayDeque<CompletableFuture<Void>> inFlight) {
    // Bounded: the sentences of a 100 MB text are never all built before Lucene takes them.
    while (inFlight.size() >= 4) {
      inFlight.poll().join();
    }
    inFlight.add(
        CompletableFuture.runAsync(
            () -> {
              try {
                w.addDocuments(block);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            blocks));
  }

  /** Where a piece of a long sentence ends: after a comma near the limit, else at the limit. */
  static int pieceEnd(String text, int from, int end) {
    if (end - from <= MAX_PIECE) {
      return end;
    }
    int limit = from + MAX_PIECE;
    for (int i = limit - 1; i > limit - MAX_PIECE / 5; i--) {
      char c = text.charAt(i);
      if (c == '，' || c == ',' || c == '、' || c == ' ') {
        return i + 1;
      }
    }
    // never between the two halves of a surrogate pair
    return Character.isLowSurrogate(text.charAt(limit)) ? limit + 1 : limit;
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
      writer().deleteDocuments(new Term(DOC_ID, Long.toString(documentId)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void deleteAll() {
    try {
      writer().deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A number that changes whenever what searches find may have changed (every commit). */
  public long generation() {
    return generation.get();
  }

  /** The last change of the ledger's log the index holds, or -1 when it does not know. */
  public long appliedSeq() {
    return appliedSeq;
  }

  /** Notes that the index now holds every change up to {@code seq} (durable at the commit). */
  public void appliedSeq(long seq) {
    this.appliedSeq = seq;
  }

  /**
   * Makes what was added or deleted durable and visible to searches, with the number of the last
   * change it holds.
   */
  public synchronized void commit() {
    try {
      IndexWriter w = writer();
      w.setLiveCommitData(Map.of(SEQ, Long.toString(appliedSeq)).entrySet());
      w.commit();
      searchers.maybeRefreshBlocking();
      generation.incrementAndGet();
      results.invalidateAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the index holds no sentence at all (a new folder, or a lost index). */
  public boolean isEmpty() {
    return writer().getDocStats().numDocs == 0;
  }

  /** The ids of the documents whose sentences the index holds (committed or not). */
  public Set<Long> documentIds() {
    Set<Long> ids = new HashSet<>();
    try (DirectoryReader reader = DirectoryReader.open(writer())) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(DOC_ID);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        Bits live = leaf.reader().getLiveDocs();
        PostingsEnum postings = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
          postings = te.postings(postings, PostingsEnum.NONE);
          for (int d = postings.nextDoc();
              d != DocIdSetIterator.NO_MORE_DOCS;
              d = postings.nextDoc()) {
            if (live == null || live.get(d)) {
              ids.add(Long.parseLong(term.utf8ToString()));
              break;
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
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
      SearcherManager manager = searchers;
      IndexSearcher searcher = manager.acquire();
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
        manager.release(searcher);
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
    if (writer.isOpen()) {
      writer.rollback();
    }
    directory.close();
  }
}
