package org.duban.app.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duban.app.audit.Actor;
import org.duban.app.audit.AuditEntry;
import org.duban.app.audit.AuditLog;
import org.duban.app.config.LedgerVersion;
import org.duban.app.document.DocumentRepository;
import org.duban.app.document.StoredText;
import org.duban.app.fact.FactRepository;
import org.duban.app.search.IndexedDocument;
import org.duban.app.search.SearchIndex;
import org.duban.core.pipeline.AnalyzedDocument;
import org.duban.core.text.SourceText;
import org.duban.reader.DocumentReader;
import org.duban.reader.UnreadableFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads files into the ledger. Files are read and analysed in parallel and stored one at a time,
 * each file in its own transaction: a file that fails leaves nothing behind and the run goes on. A
 * file whose content is already stored is left alone, so running an ingest twice adds nothing.
 */
@Service
public final class IngestService {

  private static final Logger log = LoggerFactory.getLogger(IngestService.class);

  /** A file to ingest: a label for messages and a way to read it. */
  public interface Input {
    String label();

    SourceText read() throws UnreadableFileException;
  }

  private final DocumentRepository documents;
  private final FactRepository facts;
  private final SearchIndex index;
  private final AuditLog audit;
  private final IngestRunRepository runs;
  private final TransactionTemplate transaction;
  private final DocumentAnalysis analyzer;
  private final LedgerVersion version;
  private final ApplicationEventPublisher events;
  private final DocumentReader reader = new DocumentReader();

  public IngestService(
      DocumentRepository documents,
      FactRepository facts,
      SearchIndex index,
      AuditLog audit,
      IngestRunRepository runs,
      TransactionTemplate transaction,
      DocumentAnalysis analyzer,
      LedgerVersion version,
      ApplicationEventPublisher events) {
    this.documents = documents;
    this.facts = facts;
    this.index = index;
    this.audit = audit;
    this.runs = runs;
    this.transaction = transaction;
    this.analyzer = analyzer;
    this.version = version;
    this.events = events;
  }

  /** Ingests files and folders (recursively). */
  public IngestReport ingestPaths(List<Path> paths, Actor actor, IngestListener listener) {
    List<Input> inputs = new ArrayList<>();
    for (Path file : InputTree.expand(paths)) {
      inputs.add(
          new Input() {
            @Override
            public String label() {
              return file.toString();
            }

            @Override
            public SourceText read() throws UnreadableFileException {
              return reader.read(file);
            }
          });
    }
    return ingest(inputs, actor, listener);
  }

  /** Ingests uploaded files: their names and bytes, read as files are. */
  public IngestReport ingestBytes(Map<String, byte[]> files, Actor actor) {
    List<Input> inputs = new ArrayList<>();
    files.forEach(
        (name, bytes) ->
            inputs.add(
                new Input() {
                  @Override
                  public String label() {
                    return name;
                  }

                  @Override
                  public SourceText read() throws UnreadableFileException {
                    return reader.read(name, bytes);
                  }
                }));
    return ingest(inputs, actor, IngestListener.NONE);
  }

  /** Ingests texts already in memory (the demo's samples). */
  public IngestReport ingestTexts(List<SourceText> texts, Actor actor) {
    List<Input> inputs = new ArrayList<>();
    for (SourceText text : texts) {
      inputs.add(
          new Input() {
            @Override
            public String label() {
              return text.name();
            }

            @Override
            public SourceText read() {
              return text;
            }
          });
    }
    return ingest(inputs, actor, IngestListener.NONE);
  }

  public IngestReport ingest(List<Input> inputs, Actor actor, IngestListener listener) {
    long started = System.nanoTime();
    long runId = runs.start();
    listener.started(inputs.size());
    List<FileOutcome> outcomes = new ArrayList<>(inputs.size());
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    // Sentences are indexed off the storing thread; Lucene's analysis is the costliest step.
    ExecutorService indexing = Executors.newFixedThreadPool(threads, daemonThreads());
    List<Future<?>> indexed = new ArrayList<>();
    try {
      ArrayDeque<Future<Prepared>> window = new ArrayDeque<>();
      int next = 0;
      while (next < inputs.size() || !window.isEmpty()) {
        // Keep a few files analysed ahead of the one being stored, not the whole run in memory.
        while (next < inputs.size() && window.size() < 2 * threads) {
          Input input = inputs.get(next++);
          window.add(pool.submit(() -> prepare(input)));
        }
        Prepared prepared = await(window.poll());
        FileOutcome outcome = store(prepared, actor, runId);
        if (!outcome.documentIds().isEmpty()) {
          indexed.add(indexing.submit(() -> index(prepared, outcome.documentIds())));
        }
        outcomes.add(outcome);
        listener.fileDone(outcome);
      }
      for (Future<?> f : indexed) {
        await(f);
      }
    } finally {
      pool.shutdownNow();
      indexing.shutdown();
      index.commit();
    }
    IngestReport report =
        new IngestReport(runId, outcomes, Duration.ofNanos(System.nanoTime() - started));
    runs.finish(runId, report);
    List<Long> added = outcomes.stream().flatMap(o -> o.documentIds().stream()).toList();
    if (!added.isEmpty()) {
      events.publishEvent(new DocumentsIngested(added));
    }
    return report;
  }

  /** A file read and analysed, or the reason it could not be. */
  private record Prepared(
      String label,
      SourceText source,
      String hash,
      List<AnalyzedDocument> documents,
      String failure,
      boolean unchanged) {

    static Prepared failed(String label, String why) {
      return new Prepared(label, null, null, List.of(), why, false);
    }
  }

  private Prepared prepare(Input input) {
    String label = input.label();
    SourceText source;
    try {
      source = input.read();
    } catch (UnreadableFileException e) {
      return Prepared.failed(label, e.getMessage());
    } catch (RuntimeException e) {
      return Prepared.failed(label, "cannot read " + label + ": " + e.getMessage());
    }
    String problem = TextCheck.problem(source.text());
    if (problem != null) {
      return Prepared.failed(label, "cannot ingest " + label + ": " + problem);
    }
    String hash = sha256(source.text());
    if (documents.findSourceByHash(hash).isPresent()) {
      return new Prepared(label, source, hash, List.of(), null, true);
    }
    try {
      return new Prepared(label, source, hash, analyzer.analyze(source), null, false);
    } catch (RuntimeException e) {
      return Prepared.failed(
          label,
          "cannot analyse "
              + label
              + ": "
              + e
              + "; the ledger is unchanged, please report this file with the message");
    }
  }

  private FileOutcome store(Prepared p, Actor actor, long runId) {
    FileOutcome outcome;
    Long sourceId = null;
    if (p.failure() != null) {
      outcome = new FileOutcome(p.label(), Outcome.FAILED, List.of(), p.failure());
    } else if (p.unchanged()) {
      outcome = new FileOutcome(p.label(), Outcome.UNCHANGED, List.of(), null);
    } else {
      try {
        Stored stored = transaction.execute(status -> write(p, actor));
        if (stored == null) {
          outcome = new FileOutcome(p.label(), Outcome.UNCHANGED, List.of(), null);
        } else {
          sourceId = stored.sourceId();
          version.changed();
          outcome = new FileOutcome(p.label(), Outcome.ADDED, stored.documentIds(), null);
        }
      } catch (RuntimeException e) {
        // The transaction has rolled back: nothing of this file is in the ledger.
        String cause =
            e instanceof DataAccessException d ? d.getMostSpecificCause().toString() : e.toString();
        outcome =
            new FileOutcome(
                p.label(),
                Outcome.FAILED,
                List.of(),
                "cannot store " + p.label() + ": " + cause + "; nothing of it was kept");
      }
    }
    runs.outcome(runId, outcome, sourceId);
    return outcome;
  }

  private record Stored(long sourceId, List<Long> documentIds) {}

  /** Writes one file's documents; null when the same content was stored meanwhile. */
  private Stored write(Prepared p, Actor actor) {
    if (documents.findSourceByHash(p.hash()).isPresent()) {
      return null;
    }
    long sourceId = documents.insertSource(p.source().name(), p.hash(), p.source().text());
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < p.documents().size(); i++) {
      AnalyzedDocument document = p.documents().get(i);
      long id = documents.insertDocument(sourceId, i, document);
      facts.insertAll(id, document.facts());
      ids.add(id);
    }
    audit.record(
        AuditEntry.success(
            actor,
            "INGEST",
            "source_file",
            sourceId,
            p.label() + " (" + ids.size() + " documents, hash " + p.hash().substring(0, 12) + ")"));
    return new Stored(sourceId, ids);
  }

  /** Indexes a stored file's documents; a failure here loses no data, reindex repairs it. */
  private void index(Prepared p, List<Long> ids) {
    try {
      indexDocuments(p, ids);
    } catch (RuntimeException e) {
      log.warn(
          "{} is stored but not searchable: {}; run 'duban reindex' to repair the index",
          p.label(),
          e.toString());
    }
  }

  private void indexDocuments(Prepared p, List<Long> ids) {
    for (int i = 0; i < ids.size(); i++) {
      AnalyzedDocument d = p.documents().get(i);
      index.add(
          new IndexedDocument(
              ids.get(i),
              d.meta().title(),
              d.meta().jurisdiction(),
              d.meta().year(),
              d.meta().type().name(),
              new StoredText(p.source().text(), d.start(), d.end())));
    }
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "duban-ingest");
      t.setDaemon(true);
      return t;
    };
  }
}
