package org.duban.app.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.duban.app.audit.Actor;
import org.duban.app.ingest.IngestReport;
import org.duban.app.ingest.IngestService;
import org.duban.core.text.SourceText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Loads the sample documents shipped in {@code samples/} into a demo ledger on start. */
@Component
@Order(100) // before the demo's 督办, which builds on these documents
@ConditionalOnProperty(name = "duban.demo", havingValue = "true")
final class DemoLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

  private final IngestService ingest;

  DemoLoader(IngestService ingest) {
    this.ingest = ingest;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    IngestReport report = ingest.ingestTexts(samples(), Actor.system("demo"));
    log.info(
        "demo ledger: {} sample documents loaded, {} failed",
        report.documentsAdded(),
        report.failures().size());
  }

  /** The shipped sample texts, in name order. */
  static List<SourceText> samples() throws IOException {
    Resource[] resources =
        new PathMatchingResourcePatternResolver().getResources("classpath*:samples/*.txt");
    Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
    List<SourceText> texts = new ArrayList<>();
    for (Resource r : resources) {
      texts.add(
          new SourceText(
              r.getFilename(), new String(r.getContentAsByteArray(), StandardCharsets.UTF_8)));
    }
    return texts;
  }
}
