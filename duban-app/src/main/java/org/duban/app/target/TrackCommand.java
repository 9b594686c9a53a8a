package org.duban.app.target;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.duban.app.console.DisplayWidth;
import org.duban.app.console.InputFiles;
import org.duban.core.pipeline.AnalyzedDocument;
import org.duban.core.pipeline.DocumentAnalyzer;
import org.duban.core.target.IndicatorCatalogue;
import org.duban.core.target.Link;
import org.duban.core.target.TargetLinker;
import org.duban.core.target.TrackedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code duban track}: links the targets of the given documents to their results. */
@Command(
    name = "track",
    mixinStandardHelpOptions = true,
    description = {
      "Link every target of the given documents to the result a later one reports, and judge it.",
      "Give a series of reports together (e.g. one region's reports of several years)."
    })
public final class TrackCommand implements Callable<Integer> {

  /** The output formats. */
  public enum Format {
    jsonl,
    table
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to read.")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    List<TrackedDocument> documents = new ArrayList<>();
    Map<String, String> fileOf = new HashMap<>();
    int failed =
        new InputFiles()
            .forEach(
                files,
                err,
                source -> {
                  List<AnalyzedDocument> read = analyzer.analyze(source);
                  for (int i = 0; i < read.size(); i++) {
                    String key = i == 0 ? source.name() : source.name() + "#" + (i + 1);
                    while (fileOf.containsKey(key)) {
                      key = key + "'";
                    }
                    fileOf.put(key, source.name());
                    documents.add(new TrackedDocument(key, read.get(i)));
                  }
                });
    List<Link> links = new TargetLinker(IndicatorCatalogue.get()).link(documents);
    if (format == Format.jsonl) {
      ObjectMapper json = new ObjectMapper();
      for (Link link : links) {
        out.println(
            json.writeValueAsString(
                LinkFields.of(
                    link, fileOf.get(link.targetDocument()), fileOf.get(link.resultDocument()))));
      }
    } else {
      table(out, links, fileOf);
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private static final String[] HEADER = {"地区", "时期", "指标", "目标", "结果", "判定", "目标文档", "结果文档"};
  private static final int[] MAX = {12, 9, 24, 16, 16, 6, 40, 40};

  private static void table(PrintWriter out, List<Link> links, Map<String, String> fileOf) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (Link l : links) {
      rows.add(
          new String[] {
            nonNull(l.target().region()),
            nonNull(l.target().period()),
            nonNull(l.indicator().label()),
            l.target().text(),
            l.result() == null ? "" : l.result().text(),
            l.verdict().label(),
            nonNull(fileOf.get(l.targetDocument())),
            l.resultDocument() == null ? "" : fileOf.get(l.resultDocument())
          });
    }
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], Math.min(MAX[i], DisplayWidth.of(row[i])));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String cell = DisplayWidth.truncate(row[i], MAX[i]);
        line.append(i + 1 < row.length ? DisplayWidth.pad(cell, widths[i]) + "  " : cell);
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
