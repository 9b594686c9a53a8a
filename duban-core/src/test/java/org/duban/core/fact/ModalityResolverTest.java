package org.duban.core.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.duban.core.meta.DocumentType;
import org.duban.core.structure.Role;
import org.junit.jupiter.api.Test;

/** Modality decided per figure (issue 8). */
class ModalityResolverTest {

  @Test
  void aParagraphLookingBackInAPlanReportsResults() {
    String text =
        "二、关于“十五五”规划纲要的说明\n"
            + "“十四五”时期，我们经受住了严峻考验。这五年，全区生产总值从800亿元增加到1000亿元。\n"
            + "“十五五”时期，全区生产总值年均增长5%左右。";
    Extraction e = Extraction.of(text).year(2026).part("二、关于“十五五”规划纲要的说明", Role.PLAN);
    assertThat(e.fact("800亿元").modality()).isEqualTo(Modality.ACTUAL);
    assertThat(e.fact("1000亿元").modality()).isEqualTo(Modality.ACTUAL);
    assertThat(e.fact("5%").modality()).isEqualTo(Modality.TARGET);
  }

  @Test
  void theStartOfAPlannedRiseExistsAlready() {
    Extraction e =
        Extraction.of("二、2026年主要任务\n大病保险补助由每人每年600元提高到650元。")
            .year(2026)
            .part("二、2026年主要任务", Role.PLAN);
    assertThat(e.fact("600元").modality()).isEqualTo(Modality.ACTUAL);
    assertThat(e.fact("650元").modality()).isEqualTo(Modality.TARGET);
  }

  @Test
  void aCountOfWhatIsThereAlreadyIsAResult() {
    Extraction e =
        Extraction.of("在现有48项“一件事”服务的基础上，新增20项。针对税率为零的1500种商品，开拓市场。围绕主导产业新建10个园区。")
            .type(DocumentType.POLICY);
    assertThat(e.fact("48项").modality()).isEqualTo(Modality.ACTUAL);
    assertThat(e.fact("20项").modality()).isEqualTo(Modality.TARGET);
    assertThat(e.fact("1500种").modality()).isEqualTo(Modality.ACTUAL);
    assertThat(e.fact("10个").modality()).isEqualTo(Modality.TARGET);
  }

  @Test
  void inNewsHowManyPlacesSetTargetsIsCountedNotPlanned() {
    Extraction e =
        Extraction.of("在已公布的18个城市中，超6成城市下调了今年的增长目标，目标平均值为5.5%。").type(DocumentType.NEWS).year(2023);
    assertThat(e.fact("18个").modality()).isEqualTo(Modality.ACTUAL);
    assertThat(e.fact("6成").modality()).isEqualTo(Modality.ACTUAL);
    assertThat(e.fact("5.5%").modality()).isEqualTo(Modality.TARGET);
  }

  @Test
  void aFigureNamingATargetIsTheTarget() {
    String text = "一、2025年工作回顾\n我们确定了“5%左右”的目标，实现了6%的增长目标。";
    Extraction e = Extraction.of(text).year(2026);
    assertThat(e.fact("5%").modality()).isEqualTo(Modality.TARGET);
    assertThat(e.fact("6%").modality()).isEqualTo(Modality.TARGET);
  }

  @Test
  void jiangHandlingANounInAReviewSaysNothingOfTheFuture() {
    String text =
        "一、2025年工作回顾\n"
            + "将居民医保财政补助标准从每人每年640元提高到670元，将义务教育生均公用经费提高到900元。"
            + "全年新增就业将近5万人。\n"
            + "二、2026年主要任务\n"
            + "城乡居民基础养老金将从每月180元提高到200元。";
    Extraction e = reviewThenTasks(text);
    assertThat(e.fact("670元").modality()).isEqualTo(Modality.ACTUAL);
    assertThat(e.fact("900元").modality()).isEqualTo(Modality.ACTUAL);
    assertThat(e.fact("200元").modality()).isEqualTo(Modality.TARGET);
  }

  @Test
  void exceedingATargetIsAResult() {
    Extraction e = Extraction.of("东湖区超出预期目标最多，增速比目标值高出1.5个百分点。").type(DocumentType.NEWS).year(2023);
    assertThat(e.fact("1.5个百分点").modality()).isEqualTo(Modality.ACTUAL);
  }

  @Test
  void aPlanOrExpectationNamedAsANounIsNoIntention() {
    String text =
        "一、2025年工作回顾\n"
            + "“青年英才计划”持续实施，引进博士600人；增加普通高中招生计划3000个。"
            + "3项预期性指标未能完成。\n"
            + "二、2026年主要任务\n"
            + "计划开工项目120个。";
    Extraction e = reviewThenTasks(text);
    assertThat(e.fact("600人").modality()).isEqualTo(Modality.ACTUAL);
    assertThat(e.fact("3000个").modality()).isEqualTo(Modality.ACTUAL);
    assertThat(e.fact("3项").modality()).isEqualTo(Modality.ACTUAL);
    assertThat(e.fact("120个").modality()).isEqualTo(Modality.TARGET);
  }

  /** A 2026 report whose text has a review of 2025 and then this year's tasks. */
  private static Extraction reviewThenTasks(String text) {
    return Extraction.of(text)
        .year(2026)
        .part("一、2025年工作回顾", Role.REVIEW)
        .part("二、2026年主要任务", Role.PLAN);
  }
}
