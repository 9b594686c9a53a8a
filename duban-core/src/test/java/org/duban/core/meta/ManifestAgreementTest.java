package org.duban.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.duban.core.pipeline.AnalyzedDocument;
import org.duban.core.pipeline.DocumentAnalyzer;
import org.duban.core.testing.Corpus;
import org.duban.core.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * A development check, not a product rule: compares the metadata read from every document of {@code
 * ../shared/corpus/extra} with what their MANIFEST.tsv says (jurisdiction, year, type), checks that
 * each has a title, prints the agreement and the differences, and requires every document to agree.
 * Skipped without ../shared.
 */
class ManifestAgreementTest {

  @Test
  void metadataAgreesWithTheManifest() {
    Path extra = Corpus.require().resolve("extra");
    List<String> rows = Corpus.read(extra.resolve("MANIFEST.tsv")).lines().skip(1).toList();
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    int type = 0;
    int place = 0;
    int year = 0;
    int titled = 0;
    List<String> differences = new ArrayList<>();
    for (String row : rows) {
      String[] f = row.split("\t");
      String file = f[0];
      SourceText text = new SourceText(file, Corpus.read(extra.resolve(file)));
      AnalyzedDocument d = analyzer.analyze(text).get(0);
      DocumentMeta m = d.meta();
      boolean typeOk = m.type() == expectedType(f[3]);
      boolean placeOk = samePlace(f[1], m.jurisdiction());
      boolean yearOk = String.valueOf(m.year()).equals(f[2]);
      boolean titleOk = m.title() != null && !m.title().isBlank();
      titled += titleOk ? 1 : 0;
      type += typeOk ? 1 : 0;
      place += placeOk ? 1 : 0;
      year += yearOk ? 1 : 0;
      if (!typeOk || !placeOk || !yearOk || !titleOk) {
        differences.add(
            file
                + ": manifest "
                + f[1]
                + "/"
                + f[2]
                + "/"
                + f[3]
                + ", read "
                + m.jurisdiction()
                + "/"
                + m.year()
                + "/"
                + m.type()
                + ", title "
                + m.title());
      }
    }
    int n = rows.size();
    System.out.printf(
        "manifest agreement over %d documents: title %d, type %d, jurisdiction %d, year %d%n",
        n, titled, type, place, year);
    differences.forEach(d -> System.out.println("  " + d));
    assertThat(differences).isEmpty();
  }

  private static DocumentType expectedType(String manifest) {
    if (manifest.contains("政府工作报告") || manifest.contains("执行情况报告")) {
      return DocumentType.WORK_REPORT;
    }
    if (manifest.startsWith("政策文件")) {
      return DocumentType.POLICY;
    }
    if (manifest.contains("新闻")) {
      return DocumentType.NEWS;
    }
    return DocumentType.OTHER;
  }

  /** "内蒙古呼伦贝尔市海拉尔区" names 海拉尔区; "全国(国务院)" and "全国31省(汇总)" name the country. */
  private static boolean samePlace(String manifest, String read) {
    if (read == null) {
      return false;
    }
    String place = manifest.replaceAll("[（(].*$", "");
    if (place.startsWith("全国")) {
      return read.equals("全国");
    }
    Region region = Regions.get().named(read);
    return place.endsWith(read)
        || (region != null && place.endsWith(shortName(region)))
        || read.startsWith(place);
  }

  private static String shortName(Region region) {
    String name = region.name();
    int i = name.indexOf("族");
    return i > 1 && name.endsWith("自治州") ? name.substring(0, 2) + "州" : name;
  }
}
