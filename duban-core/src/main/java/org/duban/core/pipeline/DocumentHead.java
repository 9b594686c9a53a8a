package org.duban.core.pipeline;

import java.util.List;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.structure.OutlineNode;
import org.duban.core.structure.Task;

/**
 * A document as it is known before its facts: what it is, where it lies in its file, its skeleton
 * and its tasks. Offsets are code points into the source file.
 *
 * @param start where the document starts in its file (a file may hold several documents)
 * @param end where it ends
 */
public record DocumentHead(
    DocumentMeta meta, int start, int end, List<OutlineNode> outline, List<Task> tasks) {

  public DocumentHead {
    outline = List.copyOf(outline);
    tasks = List.copyOf(tasks);
  }
}
