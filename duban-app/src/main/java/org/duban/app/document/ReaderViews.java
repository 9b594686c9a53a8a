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

  private record Key(long version, long id, int part) {}

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

  /** The view of one part of a document; a part out of range gives the nearest one. */
  ReaderView of(long id, int part) {
    ReaderView view = views.getIfPresent(new Key(version.current(), id, part));
    if (view != null) {
      return view;
    }
    // Read outside the cache's lock: a missing document throws without leaving an entry.
    long at = version.current();
    view = read(id, part);
    views.put(new Key(at, id, part), view);
    return view;
  }

  /** The part of a document that holds a file offset. */
  int partAt(long id, int fileOffset) {
    ReaderView first = of(id, 0);
    return clamp((fileOffset - first.base()) / DocumentService.PART, first.parts());
  }

  private ReaderView read(long id, int requested) {
    DocumentSummary document = service.summary(id);
    int size = DocumentService.PART;
    TextPart whole = service.textPart(id, 0, 0);
    int parts = Math.max(1, (whole.documentLength() + size - 1) / size);
    int part = clamp(requested, parts);
    TextPart text = service.textPart(id, part * size, (part + 1) * size);
    int base = text.documentStart() + text.from();
    List<StoredFact> found =
        parts == 1
            ? facts.find(
                new FactFilter(null, null, null, null, null, id), DocumentService.DETAIL_FACTS, 0)
            : facts.inSpan(id, base, base + text.to() - text.from(), DocumentService.DETAIL_FACTS);
    List<OutlineEntry> outline = documents.outline(id);
    return new ReaderView(
        document,
        // Only the document's own part of its file is kept (a feed's file holds many articles).
        text.text(),
        base,
        part,
        parts,
        outline,
        OutlineDepth.of(outline),
        outline.stream()
            .map(n -> clamp((n.start() - whole.documentStart()) / size, parts))
            .toList(),
        documents.tasks(id),
        found,
        scriptJson(found));
  }

  private static int clamp(int part, int parts) {
    return Math.max(0, Math.min(part, parts - 1));
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
