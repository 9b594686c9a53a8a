package org.duban.core.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.duban.core.meta.DocumentType;
import org.duban.core.structure.Role;
import org.junit.jupiter.api.Test;

class ModalityAndPeriodTest {

  private static final String REPORT =
      "一、2023年工作回顾\n全年地区生产总值达到1234.5亿元，同比增长6.1%。预计全年社会消费品零售总额增长5.5%左右。\n"
          + "二、2024年主要任务\n主要预期目标是：地区生产总值增长5%左右。新建公园3座。\n"
          + "三、关于2025年\n力争到2025年累计新增就业岗位10万个。";

  private Extraction report() {
    return Extraction.of(REPORT)
        .year(2024)
        .part("一、2023年工作回顾", Role.REVIEW)
        .part("二、2024年主要任务", Role.PLAN)
        .part("三、关于2025年", Role.OTHER);
  }

  @Test
  void readsTheReviewAsLastYearsResults() {
    Fact gdp = report().fact("1234.5亿元");
    assertThat(gdp.modality()).isEqualTo(Modality.ACTUAL);
    assertThat(gdp.period()).isEqualTo("2023");
  }

  @Test
  void readsAnEstimateForTheYearAsAResult() {
    Fact retail = report().fact("5.5%");
    assertThat(retail.modality()).isEqualTo(Modality.ACTUAL);
  }

  @Test
  void readsThePlanAsThisYearsTargets() {
    Fact park = report().fact("3座");
    assertThat(park.modality()).isEqualTo(Modality.TARGET);
    assertThat(park.period()).isEqualTo("2024");
  }

  @Test
  void readsADeadlineAsTheTargetsPeriod() {
    Fact jobs = report().fact("10万个");
    assertThat(jobs.modality()).isEqualTo(Modality.TARGET);
    assertThat(jobs.period()).isEqualTo("2025");
  }

  @Test
  void takesAYearWrittenInTheSentence() {
    Fact f = Extraction.of("中央企业在2023年前11个月研发投入同比增长24.6%。").fact("24.6%");
    assertThat(f.period()).isEqualTo("2023");
  }

  @Test
  void doesNotTakeTheBaseOfAComparisonAsThePeriod() {
    Fact f =
        Extraction.of("一、2018年工作回顾\n35幢楼宇实现年税收过亿，比2017年增加10幢。")
            .year(2019)
            .part("一、2018年工作回顾", Role.REVIEW)
            .fact("10幢");
    assertThat(f.period()).isEqualTo("2018");
  }

  @Test
  void givesTheFromFigureOfAFromToPairTheYearBefore() {
    Extraction e =
        Extraction.of("一、2018年工作回顾\n每万人发明专利拥有量由56件增加到64件。")
            .year(2019)
            .part("一、2018年工作回顾", Role.REVIEW);
    assertThat(e.fact("56件").period()).isEqualTo("2017");
    assertThat(e.fact("64件").period()).isEqualTo("2018");
  }

  @Test
  void readsAPlanPeriodName() {
    Fact f = Extraction.of("“十四五”时期每年新开工不少于100万平方米。").fact("100万平方米");
    assertThat(f.period()).isEqualTo("2021-2025");
  }

  @Test
  void readsAKeyWorkArrangementAsTargets() {
    Fact f =
        Extraction.of("1.全力推动区域经济稳中有进。全年引进优质项目120个。")
            .type(DocumentType.KEY_WORK_ARRANGEMENT)
            .fact("120个");
    assertThat(f.modality()).isEqualTo(Modality.TARGET);
    assertThat(f.period()).isEqualTo("2024");
  }
}
