package org.duban.app.outline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.duban.app.config.DocumentLimitOption;
import org.duban.app.console.InputFiles;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.pipeline.AnalyzedDocument;
import org.duban.core.pipeline.DocumentAnalyzer;
import org.duban.core.structure.OutlineNode;
import org.duban.core.structure.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code duban outline}: prints the skeleton of the given documents with each part's role. */
@Command(
    name = "outline",
    mixinStandardHelpOptions = true,
    description = {
      "Print the headings and tasks of the given documents, with their roles.",
      "tree: the skeleton for people; jsonl: one node per line with doc, level, number, title,"
          + " start, end (code points into the file), role (review, plan, other) and kind"
          + " (part, section, task)."
    })
public final class OutlineCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    jsonl,
    tree
  }

  @Spec CommandSpec spec;

  @Mixin DocumentLimitOption documentLimit;

  @Option(
      names = "--format",
      defaultValue = "tree",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to read.")
  List<Path> files;

  private final ObjectMapper json = new ObjectMapper();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    int failed =
        new InputFiles(documentLimit.limit())
            .forEach(
                files,
                err,
                source -> {
                  for (AnalyzedDocument document : analyzer.analyze(source)) {
                    if (format == Format.jsonl) {
                      for (OutlineNode node : document.outline()) {
                        out.println(json.writeValueAsString(fields(source.name(), node)));
                      }
                    } else {
                      printTree(out, source.name(), document);
                    }
                  }
                  out.flush();
                });
    return failed == 0 ? 0 : 1;
  }

  private static Map<String, Object> fields(String doc, OutlineNode node) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc", doc);
    m.put("level", node.level());
    m.put("number", node.number());
    m.put("title", node.title());
    m.put("start", node.start());
    m.put("end", node.end());
    m.put("role", node.role().json());
    m.put("kind", node.kind().json());
    return m;
  }

  private static void printTree(PrintWriter out, String doc, AnalyzedDocument document) {
    DocumentMeta meta = document.meta();
    StringBuilder head = new StringBuilder(doc).append(": ");
    head.append(meta.title() == null ? "(no title)" : meta.title());
    head.append(" [").append(meta.type().label());
    if (meta.jurisdiction() != null) {
      head.append(", ").append(meta.jurisdiction());
    }
    if (meta.year() != null) {
      head.append(", ").append(meta.year());
    }
    out.println(head.append(']'));
    Map<OutlineNode, Task> tasks = new HashMap<>();
    for (Task task : document.tasks()) {
      tasks.put(task.node(), task);
    }
    for (OutlineNode node : document.outline()) {
      String indent = "  ".repeat(Math.max(0, node.level()) + 1);
      String number = node.number() == null ? "•" : node.number();
      StringBuilder line =
          new StringBuilder(indent).append(number).append(' ').append(node.title());
      line.append("  (")
          .append(node.role().json())
          .append(", ")
          .append(node.kind().json())
          .append(')');
      Task task = tasks.get(node);
      if (task != null && !task.leadUnits().isEmpty()) {
        line.append("  牵头: ").append(String.join("、", task.leadUnits()));
      }
      if (task != null && !task.supportingUnits().isEmpty()) {
        line.append("  配合: ").append(String.join("、", task.supportingUnits()));
      }
      out.println(line);
    }
  }
}
