package org.duban.app.search;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.duban.app.config.LedgerVersion;
import org.duban.app.document.DocumentChange;
import org.duban.app.document.DocumentChangeLog;
import org.duban.app.document.DocumentDeleted;
import org.duban.app.document.DocumentRepository;
import org.duban.app.document.FileText;
import org.duban.app.document.PlacedDocument;
import org.duban.app.document.StoredText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's search index in step with the database, which is the record. The index
 * notes in each commit the last change of the ledger's change log it holds; catching up applies the
 * changes after it. On start, after any failure, and whenever the log cannot say what changed (a
 * new or lost index, a database reset), the index is reconciled with the database instead: the
 * documents it lacks are indexed and those the database no longer holds are removed. Every instance
 * polls the log, so documents stored through one are found by the searches of all.
 */
@Component
public final class SearchIndexer {

  private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
  private static final int BATCH = 500;

  /** Follows indexing for a progress display. */
  public interface Progress {
    Progress NONE = new Progress() {};

    /** Indexing starts with about this many documents to index. */
    default void started(int documents) {}

    /** One more document was indexed (or could not be). */
    default void indexed() {}

    /** The index is being committed: written to disk and made visible. */
    default void committing() {}
  }

  /**
   * What a catch-up did.
   *
   * @param reconciled whether the index was compared with the database as a whole
   */
  public record Result(int indexed, int removed, boolean reconciled) {}

  private final SearchIndex index;
  private final DocumentRepository documents;
  private final DocumentChangeLog changes;
  private final ExecutorService pool;
  // Blocks of one document's sentences: a huge document is analysed on every core.
  private final ExecutorService blocks;
  // Documents that failed to index in this process: skipped until the next start or rebuild.
  private final LedgerVersion version;
  private final Set<Long> unindexable = ConcurrentHashMap.newKeySet();
  private volatile boolean reconcileNext = true;

  public SearchIndexer(
      SearchIndex index,
      DocumentRepository documents,
      DocumentChangeLog changes,
      LedgerVersion version) {
    this.index = index;
    this.version = version;
    this.documents = documents;
    this.changes = changes;
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    this.pool = Executors.newFixedThreadPool(threads, daemon("duban-index"));
    this.blocks = Executors.newFixedThreadPool(threads, daemon("duban-index-block"));
  }

  /**
   * Brings the index up to date with the database and commits it. Reconciles it with the database
   * as a whole on the first call, after a failure, and when the change log cannot tell what is
   * missing; says so in one line when that changed anything.
   */
  public synchronized Result catchUp(Progress progress) {
    long started = System.nanoTime();
    int openings = index.openings();
    try {
      Result result = needsReconcile() ? reconcile(progress) : apply(progress);
      if (index.openings() != openings) {
        // Lucene closed the writer on a failure and dropped what was not committed: compare again.
        Result again = reconcile(progress);
        result = new Result(result.indexed() + again.indexed(), again.removed(), true);
      }
      progress.committing();
      index.commit();
      reconcileNext = false;
      if (result.indexed() > 0 || result.removed() > 0) {
        // Documents stored or deleted through another instance: this one's cached answers (facts,
        // targets, whole API answers) are keyed on the version and must not outlive them.
        version.changed();
      }
      if (result.reconciled() && (result.indexed() > 0 || result.removed() > 0)) {
        log.info(
            "search index brought up to date with the ledger: indexed {} documents it lacked,"
                + " removed {} the ledger no longer holds ({} ms)",
            result.indexed(),
            result.removed(),
            (System.nanoTime() - started) / 1_000_000);
      }
      return result;
    } catch (RuntimeException e) {
      reconcileNext = true;
      throw e;
    }
  }

  /** Throws the index away and indexes every stored document again; returns how many. */
  public synchronized int rebuild() {
    index.deleteAll();
    unindexable.clear();
    reconcileNext = true;
    return catchUp(Progress.NONE).indexed();
  }

  private boolean needsReconcile() {
    long at = index.appliedSeq();
    return reconcileNext || at < 0 || at > changes.lastSeq();
  }

  private Result apply(Progress progress) {
    long at = index.appliedSeq();
    long last = changes.lastSeq();
    progress.started((int) Math.min(Integer.MAX_VALUE, Math.max(0, last - at)));
    int indexed = 0;
    int removed = 0;
    while (true) {
      List<DocumentChange> batch = changes.after(at, BATCH);
      if (batch.isEmpty()) {
        return new Result(indexed, removed, false);
      }
      if (batch.get(0).seq() != at + 1) {
        // The log does not reach back to the index's last change (a reset database).
        Result r = reconcile(progress);
        return new Result(indexed + r.indexed(), removed + r.removed(), true);
      }
      Set<Long> deleted = new HashSet<>();
      Set<Long> added = new LinkedHashSet<>();
      for (DocumentChange c : batch) {
        if (c.kind() == DocumentChange.Kind.DELETED) {
          deleted.add(c.documentId());
        }
      }
      for (DocumentChange c : batch) {
        if (c.kind() == DocumentChange.Kind.ADDED && !deleted.contains(c.documentId())) {
          added.add(c.documentId());
        }
      }
      for (long id : deleted) {
        index.delete(id);
        removed++;
      }
      indexed += indexAll(new ArrayList<>(added), progress);
      at = batch.get(batch.size() - 1).seq();
      index.appliedSeq(at);
    }
  }

  private Result reconcile(Progress progress) {
    long upTo = changes.lastSeq();
    Set<Long> stored = new HashSet<>(documents.ids());
    Set<Long> held = index.documentIds();
    List<Long> missing = new ArrayList<>();
    for (long id : stored) {
      if (!held.contains(id) && !unindexable.contains(id)) {
        missing.add(id);
      }
    }
    missing.sort(null);
    int removed = 0;
    for (long id : held) {
      if (!stored.contains(id)) {
        index.delete(id);
        removed++;
      }
    }
    progress.started(missing.size());
    int indexed = 0;
    for (int i = 0; i < missing.size(); i += BATCH) {
      indexed += indexAll(missing.subList(i, Math.min(missing.size(), i + BATCH)), progress);
    }
    index.appliedSeq(upTo);
    return new Result(indexed, removed, true);
  }

  /** Indexes stored documents, each file read once, several files at a time; returns how many. */
  private int indexAll(List<Long> ids, Progress progress) {
    Map<Long, List<PlacedDocument>> byFile = new TreeMap<>();
    for (PlacedDocument d : documents.placed(ids)) {
      byFile.computeIfAbsent(d.sourceId(), k -> new ArrayList<>()).add(d);
    }
    AtomicInteger done = new AtomicInteger();
    List<Future<?>> work = new ArrayList<>();
    for (var file : byFile.entrySet()) {
      work.add(pool.submit(() -> indexFile(file.getKey(), file.getValue(), progress, done)));
    }
    for (Future<?> f : work) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("indexing interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
      }
    }
    return done.get();
  }

  private void indexFile(
      long sourceId, List<PlacedDocument> placed, Progress progress, AtomicInteger done) {
    FileText text = documents.fileText(sourceId).orElse(null);
    for (PlacedDocument d : placed) {
      if (text != null) {
        try {
          index.add(
              new IndexedDocument(
                  d.summary().id(),
                  d.summary().title(),
                  d.summary().region(),
                  d.summary().year(),
                  d.summary().type(),
                  new StoredText(text, d.start(), d.end())),
              blocks);
          done.incrementAndGet();
        } catch (RuntimeException e) {
          // One document that Lucene cannot take must not keep the others out of search.
          unindexable.add(d.summary().id());
          log.warn(
              "document {} ({}) is stored but cannot be searched: {}; it stays out of the search"
                  + " index until the next start or 'duban reindex'",
              d.summary().id(),
              d.summary().source(),
              e.toString());
        }
      }
      progress.indexed();
    }
  }

  /** Every instance applies the changes others made, within about a poll interval. */
  @Scheduled(
      fixedDelayString = "${duban.index.poll-interval:PT1S}",
      initialDelayString = "${duban.index.poll-interval:PT1S}")
  void poll() {
    try {
      if (reconcileNext || index.appliedSeq() != changes.lastSeq()) {
        catchUp(Progress.NONE);
      }
    } catch (RuntimeException e) {
      log.warn(
          "the search index could not follow the ledger: {}; trying again at the next poll",
          e.toString());
    }
  }

  /** A removed document's sentences leave the index at once. */
  @EventListener
  void documentDeleted(DocumentDeleted event) {
    poll();
  }

  /** On start the index is compared with the database and brought up to date. */
  @EventListener(ApplicationReadyEvent.class)
  void followOnStart() {
    poll();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
    blocks.shutdownNow();
  }
}
