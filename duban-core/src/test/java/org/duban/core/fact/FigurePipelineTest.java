package org.duban.core.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigurePipelineTest {

  @Test
  void rejectsAStageWhoseRequirementNoEarlierStageProvides() {
    assertThatThrownBy(
            () ->
                new FigurePipeline(
                    List.of(
                        new IndicatorExtractor(),
                        new MeasureClassifier(),
                        new WrittenYear(),
                        new PeriodResolver(),
                        new ModalityResolver(),
                        new RegionStage())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PeriodResolver requires [MODALITY], which no stage before it provides");
  }

  @Test
  void rejectsAMeasureBeforeTheLabelItReads() {
    assertThatThrownBy(
            () ->
                new FigurePipeline(
                    List.of(
                        new MeasureClassifier(),
                        new IndicatorExtractor(),
                        new WrittenYear(),
                        new ModalityResolver(),
                        new PeriodResolver(),
                        new RegionStage())))
        .hasMessage("MeasureClassifier requires [INDICATOR], which no stage before it provides");
  }

  @Test
  void rejectsTwoStagesProvidingTheSameAttribute() {
    assertThatThrownBy(
            () ->
                new FigurePipeline(
                    List.of(
                        new IndicatorExtractor(),
                        new MeasureClassifier(),
                        new MeasureClassifier(),
                        new WrittenYear(),
                        new ModalityResolver(),
                        new PeriodResolver(),
                        new RegionStage())))
        .hasMessageContaining("provides MEASURE, which a stage before it already does");
  }

  @Test
  void rejectsAPipelineThatLeavesAnAttributeOut() {
    assertThatThrownBy(
            () ->
                new FigurePipeline(
                    List.of(
                        new IndicatorExtractor(),
                        new MeasureClassifier(),
                        new WrittenYear(),
                        new ModalityResolver())))
        .hasMessage("no stage provides [PERIOD, REGION]");
  }

  @Test
  void aFigureRefusesAnAttributeNotYetProvided() {
    String text = "新建养老床位400张。";
    List<Figure> found = new java.util.ArrayList<>();
    new FigureFinder()
        .find(
            ArticleContext.of(text, Extraction.of(text).meta()),
            new org.duban.core.structure.Structure(List.of()),
            found::add);
    Figure figure = found.get(0);
    assertThat(figure.quantity().text()).isEqualTo("400张");
    assertThatThrownBy(figure::modality)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MODALITY");
    assertThat(new MeasureClassifier().annotate(figure).measurement()).isEqualTo(Measurement.VALUE);
  }
}
