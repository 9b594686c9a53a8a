package org.duban.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.duban.core.clean.CleanedText;
import org.duban.core.clean.Cleaner;
import org.duban.core.fact.FactExtractor;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.meta.MetadataDetector;
import org.duban.core.split.Article;
import org.duban.core.split.ArticleSplitter;
import org.duban.core.structure.OutlineBuilder;
import org.duban.core.structure.Structure;
import org.duban.core.structure.StructureParser;
import org.duban.core.text.CodePointIndex;
import org.duban.core.text.MappedText;
import org.duban.core.text.SourceText;

/**
 * The extraction pipeline: clean → split into documents → metadata → structure → facts. Thread
 * safe: every stage is stateless.
 */
public final class DocumentAnalyzer {

  private final Cleaner cleaner = new Cleaner();
  private final ArticleSplitter splitter = new ArticleSplitter();
  private final MetadataDetector metadata = new MetadataDetector();
  private final StructureParser structureParser = new StructureParser();
  private final OutlineBuilder outlines = new OutlineBuilder();
  private final FactExtractor facts = new FactExtractor();

  /** The documents of {@code source}, each with all its facts. */
  public List<AnalyzedDocument> analyze(SourceText source) {
    List<AnalyzedDocument> documents = new ArrayList<>();
    analyze(source, DocumentSink.into(documents));
    return documents;
  }

  /**
   * Hands the documents of {@code source} to {@code sink} one after the other, and each one's facts
   * as they are found: memory for the facts stays bounded however long a document is.
   */
  public void analyze(SourceText source, DocumentSink sink) {
    CodePointIndex codePoints = source.codePoints();
    CleanedText cleaned = cleaner.cleanDocument(source);
    for (Article article : splitter.split(cleaned)) {
      DocumentMeta meta = metadata.detect(article, source.name());
      Structure structure = structureParser.parse(article, meta);
      OutlineBuilder.Outline outline = outlines.build(article.text(), structure, codePoints);
      MappedText text = article.text();
      int end = text.length();
      while (end > 0 && text.text().charAt(end - 1) == '\n') {
        end--;
      }
      sink.begin(
          new DocumentHead(
              meta,
              codePoints.toCodePoint(text.toSource(0)),
              codePoints.toCodePoint(text.toSourceEnd(end)),
              outline.nodes(),
              outline.tasks()));
      facts.extract(article, meta, structure, codePoints, sink::fact);
      sink.end();
    }
  }
}
