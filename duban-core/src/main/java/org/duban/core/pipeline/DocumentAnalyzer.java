package org.duban.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.duban.core.clean.Cleaner;
import org.duban.core.fact.Fact;
import org.duban.core.fact.FactExtractor;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.meta.MetadataDetector;
import org.duban.core.split.Article;
import org.duban.core.split.ArticleSplitter;
import org.duban.core.structure.NodeKind;
import org.duban.core.structure.OutlineNode;
import org.duban.core.structure.Role;
import org.duban.core.structure.Section;
import org.duban.core.structure.Structure;
import org.duban.core.structure.StructureParser;
import org.duban.core.structure.Task;
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
  private final FactExtractor facts = new FactExtractor();

  public List<AnalyzedDocument> analyze(SourceText source) {
    CodePointIndex codePoints = source.codePoints();
    MappedText cleaned = cleaner.clean(source.text());
    List<AnalyzedDocument> documents = new ArrayList<>();
    for (Article article : splitter.split(cleaned)) {
      DocumentMeta meta = metadata.detect(article, source.name());
      Structure structure = structureParser.parse(article, meta);
      List<Fact> found = facts.extract(article, meta, structure, codePoints);
      List<OutlineNode> outline = outline(article.text(), structure, codePoints);
      List<Task> tasks = new ArrayList<>();
      for (OutlineNode node : outline) {
        if (node.kind() == NodeKind.TASK && node.role() == Role.PLAN) {
          tasks.add(new Task(node, List.of(), List.of()));
        }
      }
      MappedText text = article.text();
      documents.add(
          new AnalyzedDocument(
              meta,
              codePoints.toCodePoint(text.toSource(0)),
              codePoints.toCodePoint(text.toSourceEnd(text.length())),
              outline,
              tasks,
              found));
    }
    return documents;
  }

  private static List<OutlineNode> outline(
      MappedText text, Structure structure, CodePointIndex codePoints) {
    List<OutlineNode> nodes = new ArrayList<>();
    for (Section s : structure.sections()) {
      nodes.add(
          new OutlineNode(
              s.level(),
              s.number(),
              s.title(),
              codePoints.toCodePoint(text.toSource(s.titleStart())),
              codePoints.toCodePoint(text.toSourceEnd(s.end())),
              s.role(),
              s.kind()));
    }
    return nodes;
  }
}
