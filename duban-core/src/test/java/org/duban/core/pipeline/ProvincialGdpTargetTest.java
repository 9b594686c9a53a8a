package org.duban.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.duban.core.fact.Fact;
import org.duban.core.fact.Measure;
import org.duban.core.fact.Modality;
import org.duban.core.text.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 3: in each provincial 2026 work report the year's GDP growth target comes out as a TARGET
 * CHANGE fact for 2026, with the value, qualifier and upper end the report writes. The expectation
 * is read from the report's own sentence, not from any answer file.
 */
class ProvincialGdpTargetTest {

  private static final Path EXTRA = Path.of("..", "..", "shared", "corpus", "extra");
  private static final Pattern TARGET =
      Pattern.compile(
          "预期目标[^。；]{0,12}?(?:地区生产总值|生产总值|经济)(?:按)?增长"
              + "([0-9.]+)[%％]?(?:[—\\-－~～]([0-9.]+)[%％])?(左右|以上)?");

  static Stream<Path> reports() throws IOException {
    Path dir = EXTRA.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      dir = Path.of("..", "shared", "corpus", "extra").toAbsolutePath().normalize();
    }
    if (!Files.isDirectory(dir)) {
      return Stream.of(Path.of("absent"));
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith("_2026_zfgzbg.txt"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void findsTheGdpGrowthTarget(Path report) throws IOException {
    assumeTrue(Files.isRegularFile(report), "../shared/corpus/extra is not beside the project");
    String text = Files.readString(report, StandardCharsets.UTF_8);
    Matcher m = TARGET.matcher(text);
    assumeTrue(m.find(), "the report states its target in words this test does not read");
    double low = Double.parseDouble(m.group(1));
    Double high = m.group(2) == null ? null : Double.valueOf(m.group(2));
    String qualifier =
        high != null
            ? "RANGE"
            : m.group(3) == null ? "EXACT" : m.group(3).equals("左右") ? "ABOUT" : "OVER";

    List<Fact> facts =
        new DocumentAnalyzer()
            .analyze(new SourceText(report.getFileName().toString(), text)).stream()
                .flatMap(d -> d.facts().stream())
                .filter(f -> f.modality() == Modality.TARGET && f.measure() == Measure.CHANGE)
                .filter(f -> "2026".equals(f.period()))
                .filter(f -> isGdp(f.indicator()))
                .toList();

    int at = text.codePointCount(0, m.start(1));
    List<Fact> written = facts.stream().filter(f -> f.start() == at).toList();
    assertThat(written).as("the GDP growth target of %s", report.getFileName()).hasSize(1);
    Fact target = written.get(0);
    assertThat(target.normValue()).isEqualTo(low);
    assertThat(target.qualifier().name()).isEqualTo(qualifier);
    assertThat(target.normHigh()).isEqualTo(high);
  }

  private static boolean isGdp(String indicator) {
    return indicator != null
        && (indicator.contains("生产总值") || indicator.contains("经济增长") || indicator.contains("GDP"));
  }
}
