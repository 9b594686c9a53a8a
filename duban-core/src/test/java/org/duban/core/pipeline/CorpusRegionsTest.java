package org.duban.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duban.core.fact.Fact;
import org.duban.core.place.Gazetteer;
import org.duban.core.testing.Corpus;
import org.duban.core.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Every region the corpus yields names one place in its full official form: a division of the
 * gazetteer, the country, or a zone named as written (长宁片区); never a list of places nor a short
 * form (山西). Prints the distinct values as a report; skipped without ../shared.
 */
class CorpusRegionsTest {

  private static final List<String> ZONE_ENDS =
      List.of("片区", "新区", "开发区", "高新区", "经开区", "商务区", "示范区", "自贸区", "保税区");

  @Test
  void everyRegionIsOnePlaceInItsFullName() {
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    Gazetteer gazetteer = Gazetteer.get();
    Map<String, Integer> counts = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    for (Path file : Corpus.documents()) {
      String name = file.getFileName().toString();
      for (AnalyzedDocument d : analyzer.analyze(new SourceText(name, Corpus.read(file)))) {
        for (Fact f : d.facts()) {
          String region = f.region();
          if (region == null) {
            continue;
          }
          counts.merge(region, 1, Integer::sum);
          boolean official = !gazetteer.named(region).isEmpty();
          boolean zone = ZONE_ENDS.stream().anyMatch(region::endsWith);
          boolean list = region.contains("、") || region.contains("，");
          if (list || !(official || zone)) {
            wrong.add(name + ": " + region);
          }
        }
      }
    }
    System.out.println("distinct regions of the corpus (value, facts): " + counts);
    assertThat(counts).isNotEmpty();
    assertThat(wrong).isEmpty();
  }
}
