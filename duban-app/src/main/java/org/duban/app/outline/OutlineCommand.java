package org.duban.app.outline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.duban.app.cli.InputFiles;
import org.duban.core.pipeline.AnalyzedDocument;
import org.duban.core.pipeline.DocumentAnalyzer;
import org.duban.core.structure.OutlineNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code duban outline}: prints the skeleton of the given documents with each part's role. */
@Command(
    name = "outline",
    mixinStandardHelpOptions = true,
    description = "Print the headings and tasks of the given documents, with their roles.")
public final class OutlineCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    jsonl,
    tree
  }

  @Spec CommandSpec spec;

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
        new InputFiles()
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
    String title = document.meta().title() == null ? doc : document.meta().title();
    out.println(doc + ": " + title + " [" + document.meta().type().label() + "]");
    for (OutlineNode node : document.outline()) {
      String indent = "  ".repeat(Math.max(0, node.level()) + 1);
      String number = node.number() == null ? "•" : node.number();
      out.println(
          indent
              + number
              + " "
              + node.title()
              + "  ("
              + node.role().json()
              + ", "
              + node.kind().json()
              + ")");
    }
  }
}
