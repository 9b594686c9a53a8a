package org.duban.app.extract;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.duban.app.config.DocumentLimitOption;
import org.duban.app.console.InputFiles;
import org.duban.core.pipeline.AnalyzedDocument;
import org.duban.core.pipeline.DocumentAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code duban extract}: prints every fact of the given documents. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Print every quantitative fact of the given documents.")
public final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DocumentLimitOption documentLimit;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  FactFormat format;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to read.")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    try (FactWriter writer = format.writer(out)) {
      int failed =
          new InputFiles(documentLimit.limit())
              .forEach(
                  files,
                  err,
                  source -> {
                    List<AnalyzedDocument> documents = analyzer.analyze(source);
                    for (AnalyzedDocument document : documents) {
                      writer.write(source, document.facts());
                    }
                    out.flush();
                  });
      return failed == 0 ? 0 : 1;
    }
  }
}
