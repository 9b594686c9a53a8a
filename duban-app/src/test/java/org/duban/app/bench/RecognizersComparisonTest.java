package org.duban.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecognizersComparisonTest {

  private static final List<String> OUTPUT =
      List.of(
          "recognizers-text: input: 3 files, 0.42 MB in 900 lines; measured on a sample",
          "recognizers_measured_mb=0.0981",
          "recognizers-text: number: 4 runs (MB/s): 1.90 2.05 2.10 1.75",
          "recognizers_number_results_percentage=12",
          "recognizers_number_mb_per_s=1.98",
          "recognizers-text: suite: 2 runs (MB/s): 0.0230 0.0190",
          "recognizers_suite_mb_per_s=0.0210");

  @Test
  void readsBothSpeedsAmongTheOtherLines() throws Exception {
    RecognizersComparison.Figures figures = RecognizersComparison.parse(OUTPUT);

    assertThat(figures.numberMbPerS()).isEqualTo(1.98);
    assertThat(figures.suiteMbPerS()).isEqualTo(0.021);
    assertThat(figures.lines()).containsExactlyElementsOf(OUTPUT);
    assertThat(figures.fiveMbPerS()).isNaN();
  }

  @Test
  void readsTheFiveNumberTypeSpeedWhenTimed() throws Exception {
    List<String> output = new java.util.ArrayList<>(OUTPUT);
    output.add("recognizers_number5_mb_per_s=0.0912");

    assertThat(RecognizersComparison.parse(output).fiveMbPerS()).isEqualTo(0.0912);
  }

  @Test
  void ignoresPeopleLinesThatHoldAnEqualsSign() throws Exception {
    List<String> output =
        List.of(
            "recognizers-text: note recognizers_number_mb_per_s=999",
            "recognizers_number_mb_per_s=2.5",
            "recognizers_suite_mb_per_s=0.05 ");

    RecognizersComparison.Figures figures = RecognizersComparison.parse(output);

    assertThat(figures.numberMbPerS()).isEqualTo(2.5);
    assertThat(figures.suiteMbPerS()).isEqualTo(0.05);
  }

  @Test
  void namesTheMissingSpeed() {
    List<String> output = List.of("recognizers_number_mb_per_s=1.98");

    assertThatThrownBy(() -> RecognizersComparison.parse(output))
        .isInstanceOf(RecognizersComparison.Failure.class)
        .hasMessageContaining("recognizers_suite_mb_per_s")
        .hasMessageNotContaining("\n");
  }

  @Test
  void rejectsSpeedsThatAreNotPositiveNumbers() {
    for (String bad : List.of("0", "-1.5", "NaN", "Infinity", "fast")) {
      List<String> output =
          List.of("recognizers_number_mb_per_s=" + bad, "recognizers_suite_mb_per_s=0.02");

      assertThatThrownBy(() -> RecognizersComparison.parse(output))
          .isInstanceOf(RecognizersComparison.Failure.class)
          .hasMessageContaining("recognizers_number_mb_per_s=" + bad);
    }
  }

  @Test
  void saysWhereToFindTheScriptWhenTheFolderHasNone(@TempDir Path empty) throws Exception {
    Files.writeString(empty.resolve("package.json"), "{}");

    assertThatThrownBy(
            () -> RecognizersComparison.prepare(empty, new PrintWriter(new StringWriter())))
        .isInstanceOf(RecognizersComparison.Failure.class)
        .hasMessageContaining("measure.js")
        .hasMessageContaining("--recognizers-dir");
  }
}
