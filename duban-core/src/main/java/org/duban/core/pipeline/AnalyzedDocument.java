package org.duban.core.pipeline;

import java.util.List;
import org.duban.core.fact.Fact;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.structure.OutlineNode;
import org.duban.core.structure.Task;

/**
 * Everything Duban reads out of one document: what it is, its skeleton, its tasks and its facts.
 * Offsets are code points into the source file.
 *
 * @param start where the document starts in its file (a file may hold several documents)
 * @param end where it ends
 */
public record AnalyzedDocument(
    DocumentMeta meta,
    int start,
    int end,
    List<OutlineNode> outline,
    List<Task> tasks,
    List<Fact> facts) {

  public AnalyzedDocument {
    outline = List.copyOf(outline);
    tasks = List.copyOf(tasks);
    facts = List.copyOf(facts);
  }

  public AnalyzedDocument(DocumentHead head, List<Fact> facts) {
    this(head.meta(), head.start(), head.end(), head.outline(), head.tasks(), facts);
  }

  /** The document without its facts. */
  public DocumentHead head() {
    return new DocumentHead(meta, start, end, outline, tasks);
  }

  /** The facts written inside {@code task}'s span: what the task commits to or reports. */
  public List<Fact> factsOf(Task task) {
    int from = task.node().start();
    int to = task.node().end();
    return facts.stream().filter(f -> f.start() >= from && f.end() <= to).toList();
  }
}
