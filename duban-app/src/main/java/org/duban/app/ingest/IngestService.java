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
import org.duban.app.config.LedgerDurability;
import org.duban.app.config.LedgerVersion;
import org.duban.app.document.DocumentChangeLog;
import org.duban.app.document.DocumentRepository;
import org.duban.app.fact.FactRepository;
import org.duban.app.search.SearchIndexer;
import org.duban.core.pipeline.AnalyzedDocument;
import org.duban.core.pipeline.DocumentSink;
import org.duban.core.text.SourceText;
import org.duban.reader.DocumentReader;
import org.duban.reader.ReadLimit;
import org.duban.reader.UnreadableFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads files into the ledger. Files are read and analysed in parallel and stored one at a time,
 * each file in its own transaction: a file that fails leaves nothing behind and the run goes on. A
 * very long text is analysed while it is stored, its facts written as they are found. A file whose
 * content is already stored is left alone, so running an ingest twice adds nothing.
 */
@Service
public final class IngestService {

  private static final Logger log = LoggerFactory.getLogger(IngestService.class);

  /**
   * The longest text (in chars) analysed ahead of its turn in the pool; a longer one is analysed
   * while it is stored, its facts going to the database as they are found, so that the files
   * waiting their turn never hold a huge document's facts. A long report has about 100,000 chars.
   */
  static final int ANALYSED_AHEAD = 1_000_000;

  /** A file to ingest: a label for messages and a way to read it. */
  public interface Input {
    String label();

    SourceText read() throws UnreadableFileException;
  }

  private final DocumentRepository documents;
  private final FactRepository facts;
  private final DocumentChangeLog changes;
  private final SearchIndexer indexer;
  private final AuditLog audit;
  private final IngestRunRepository runs;
  private final TransactionTemplate transaction;
  private final DocumentAnalysis analyzer;
  private final LedgerVersion version;
  private final ApplicationEventPublisher events;
  private final LedgerDurability durability;
  private final DocumentReader reader;

  public IngestService(
      DocumentRepository documents,
      FactRepository facts,
      DocumentChangeLog changes,
      SearchIndexer indexer,
      AuditLog audit,
      IngestRunRepository runs,
      TransactionTemplate transaction,
      DocumentAnalysis analyzer,
      LedgerVersion version,
      LedgerDurability durability,
      @Value("${duban.max-document-mb:" + ReadLimit.DEFAULT_MB + "}") int maxDocumentMb,
      ApplicationEventPublisher events) {
    this.documents = documents;
    this.facts = facts;
    this.changes = changes;
    this.indexer = indexer;
    this.audit = audit;
    this.runs = runs;
    this.transaction = transaction;
    this.analyzer = analyzer;
    this.version = version;
    this.events = events;
    this.durability = durability;
    this.reader = new DocumentReader(ReadLimit.megabytes(maxDocumentMb));
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

  /**
   * Stores each file in its own transaction and reports it once committed, then brings the search
   * index up to date with the database (this run's documents and any other instance's).
   */
  public IngestReport ingest(List<Input> inputs, Actor actor, IngestListener listener) {
    long started = System.nanoTime();
    long runId = runs.start();
    listener.started(inputs.size());
    List<FileOutcome> outcomes = new ArrayList<>(inputs.size());
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    try {
      ArrayDeque<Future<Prepared>> window = new ArrayDeque<>();
      int next = 0;
      while (next < inputs.size() || !window.isEmpty()) {
        // Keep a few files analysed ahead of the one being stored, not the whole run in memory.
        while (next < inputs.size() && window.size() < 2 * threads) {
          Input input = inputs.get(next++);
          window.add(pool.submit(() -> prepare(input)));
        }
        FileOutcome outcome = store(await(window.poll()), actor, runId);
        outcomes.add(outcome);
        listener.fileDone(outcome);
      }
    } finally {
      pool.shutdownNow();
    }
    follow(listener);
    IngestReport report =
        new IngestReport(runId, outcomes, Duration.ofNanos(System.nanoTime() - started));
    runs.finish(runId, report);
    List<Long> added = outcomes.stream().flatMap(o -> o.documentIds().stream()).toList();
    if (!added.isEmpty()) {
      events.publishEvent(new DocumentsIngested(added));
    }
    return report;
  }

  /** Indexes what was stored; a failure here loses nothing, the next catch-up repairs it. */
  private void follow(IngestListener listener) {
    try {
      indexer.catchUp(
          new SearchIndexer.Progress() {
            @Override
            public void started(int documents) {
              listener.indexing(documents);
            }

            @Override
            public void indexed() {
              listener.indexed();
            }

            @Override
            public void committing() {
              listener.committing();
            }
          });
    } catch (RuntimeException e) {
      log.warn(
          "the files are stored but the search index could not take them yet: {}; the next"
              + " start of Duban or ledger command brings it up to date",
          e.toString());
    }
  }

  /**
   * A file read and analysed, or the reason it could not be.
   *
   * @param documents its documents with their facts, or null when it is analysed while it is stored
   */
  private record Prepared(
      String label,
      SourceText source,
      String hash,
      List<AnalyzedDocument> documents,
      String failure,
      boolean unchanged,
      String skip) {

    static Prepared failed(String label, String why) {
      return new Prepared(label, null, null, List.of(), why, false, null);
    }

    static Prepared skipped(String label, String why) {
      return new Prepared(label, null, null, List.of(), null, false, why);
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
    String notADocument = DocumentShape.notADocument(source.text());
    if (notADocument != null) {
      return Prepared.skipped(label, "skipped " + label + ": " + notADocument);
    }
    String hash = sha256(source.text());
    if (documents.findSourceByHash(hash).isPresent()) {
      return new Prepared(label, source, hash, List.of(), null, true, null);
    }
    if (source.text().length() > ANALYSED_AHEAD) {
      return new Prepared(label, source, hash, null, null, false, null);
    }
    try {
      List<AnalyzedDocument> analysed = new ArrayList<>();
      analyzer.analyze(source, DocumentSink.into(analysed));
      return new Prepared(label, source, hash, analysed, null, false, null);
    } catch (RuntimeException e) {
      return Prepared.failed(label, analysisFailure(label, e));
    }
  }

  private static String analysisFailure(String label, RuntimeException e) {
    return "cannot analyse "
        + label
        + ": "
        + e
        + "; the ledger is unchanged, please report this file with the message";
  }

  private FileOutcome store(Prepared p, Actor actor, long runId) {
    FileOutcome outcome;
    Long sourceId = null;
    if (p.failure() != null) {
      outcome = new FileOutcome(p.label(), Outcome.FAILED, List.of(), p.failure());
    } else if (p.skip() != null) {
      outcome = new FileOutcome(p.label(), Outcome.SKIPPED, List.of(), p.skip());
    } else if (p.unchanged()) {
      outcome = new FileOutcome(p.label(), Outcome.UNCHANGED, List.of(), null);
    } else {
      try {
        Stored stored = transaction.execute(status -> write(p, actor));
        if (stored == null) {
          outcome = new FileOutcome(p.label(), Outcome.UNCHANGED, List.of(), null);
        } else {
          sourceId = stored.sourceId();
          // Reported added only once it would survive the process being killed.
          durability.flush();
          version.changed();
          outcome = new FileOutcome(p.label(), Outcome.ADDED, stored.documentIds(), null);
        }
      } catch (AnalysisFailed e) {
        outcome =
            new FileOutcome(
                p.label(), Outcome.FAILED, List.of(), analysisFailure(p.label(), e.cause()));
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

  /** The analysis of a file being stored failed: the file's transaction rolls back. */
  private static final class AnalysisFailed extends RuntimeException {
    AnalysisFailed(RuntimeException cause) {
      super(cause);
    }

    RuntimeException cause() {
      return (RuntimeException) getCause();
    }
  }

  /**
   * Writes one file's documents, analysing it now when it was not analysed ahead; null when the
   * same content was stored meanwhile.
   */
  private Stored write(Prepared p, Actor actor) {
    if (documents.findSourceByHash(p.hash()).isPresent()) {
      return null;
    }
    long sourceId = documents.insertSource(p.source().name(), p.hash(), p.source().text());
    StoringSink sink = new StoringSink(sourceId, documents, facts);
    if (p.documents() != null) {
      DocumentSink.replay(p.documents(), sink);
    } else {
      try {
        analyzer.analyze(p.source(), sink);
      } catch (DataAccessException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new AnalysisFailed(e);
      }
    }
    List<Long> ids = sink.documentIds();
    audit.record(
        AuditEntry.success(
            actor,
            "INGEST",
            "source_file",
            sourceId,
            p.label() + " (" + ids.size() + " documents, hash " + p.hash().substring(0, 12) + ")"));
    // Last: the change log's counter stays locked until this transaction ends.
    changes.added(ids);
    return new Stored(sourceId, ids);
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
