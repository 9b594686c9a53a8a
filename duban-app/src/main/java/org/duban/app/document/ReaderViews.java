package org.duban.app.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import org.duban.app.config.LedgerVersion;
import org.duban.app.fact.FactFilter;
import org.duban.app.fact.FactRepository;
import org.duban.app.fact.StoredFact;
import org.springframework.stereotype.Component;

/**
 * The reader page's view of each document, kept until the ledger changes (every ingest and delete
 * bumps the version in the key): a document is read far more often than the ledger changes.
 */
@Component
final class ReaderViews {

  private record Key(long version, long id) {}

  private final DocumentService service;
  private final DocumentRepository documents;
  private final FactRepository facts;
  private final LedgerVersion version;
  private final ObjectMapper json;
  // Bounded by text size: a few hundred documents of the usual 10-50 KB.
  private final Cache<Key, ReaderView> views =
      Caffeine.newBuilder()
          .maximumWeight(64L << 20)
          .<Key, ReaderView>weigher((k, v) -> 2 * v.body().length() + v.factsJson().length())
          .build();

  ReaderViews(
      DocumentService service,
      DocumentRepository documents,
      FactRepository facts,
      LedgerVersion version,
      ObjectMapper json) {
    this.service = service;
    this.documents = documents;
    this.facts = facts;
    this.version = version;
    this.json = json;
  }

  ReaderView of(long id) {
    ReaderView view = views.getIfPresent(new Key(version.current(), id));
    if (view != null) {
      return view;
    }
    // Read outside the cache's lock: a missing document throws without leaving an entry.
    long at = version.current();
    view = read(id);
    views.put(new Key(at, id), view);
    return view;
  }

  private ReaderView read(long id) {
    DocumentSummary document = service.summary(id);
    StoredText file = service.text(id);
    List<StoredFact> found =
        facts.find(new FactFilter(null, null, null, null, null, id), Integer.MAX_VALUE / 2, 0);
    List<OutlineEntry> outline = documents.outline(id);
    return new ReaderView(
        document,
        // Only the document's own part of its file is kept (a feed's file holds many articles).
        file.documentText(),
        file.start(),
        outline,
        OutlineDepth.of(outline),
        documents.tasks(id),
        found,
        scriptJson(found));
  }

  private String scriptJson(List<StoredFact> found) {
    try {
      // "</" would close the script element; "<\/" reads the same in JavaScript.
      return json.writeValueAsString(found).replace("</", "<\\/");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("facts could not be written as JSON", e);
    }
  }
}
