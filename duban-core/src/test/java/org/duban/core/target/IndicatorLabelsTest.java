package org.duban.core.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorLabelsTest {

  private final IndicatorLabels labels = new IndicatorLabels(IndicatorCatalogue.get());

  @Test
  void aLabelJoiningCatalogueIndicatorsIsSplit() {
    assertThat(labels.of("城镇居民人均可支配收入和农村居民人均纯收入"))
        .extracting(IndicatorLabel::indicatorId)
        .containsExactly("income-urban", "income-rural");
    assertThat(labels.of("化学需氧量、氨氮排放量"))
        .extracting(IndicatorLabel::indicatorId)
        .containsExactly("cod", "ammonia");
  }

  @Test
  void aScopeWordAloneSharesTheNameAfterIt() {
    assertThat(labels.of("城镇和农村居民人均可支配收入"))
        .extracting(IndicatorLabel::label)
        .containsExactly("城镇居民人均可支配收入", "农村居民人均可支配收入");
  }

  @Test
  void urbanAndRuralReadRespectivelyOnTwoFigures() {
    assertThat(labels.of("城乡常住居民人均可支配收入", 2))
        .extracting(IndicatorLabel::indicatorId)
        .containsExactly("income-urban", "income-rural");
    assertThat(labels.of("城乡常住居民人均可支配收入", 1))
        .extracting(IndicatorLabel::indicatorId)
        .containsExactly("income-resident");
  }

  @Test
  void labelsThatDoNotAllMatchStayWhole() {
    assertThat(labels.of("口袋公园和健身步道"))
        .singleElement()
        .extracting(IndicatorLabel::indicator)
        .isNull();
  }

  @Test
  void labelsOutsideTheCatalogueShareAKeyWhenOnlyLeadsAndTailsDiffer() {
    assertThat(IndicatorLabels.key("全年新建口袋公园")).isEqualTo(IndicatorLabels.key("新建口袋公园"));
    assertThat(IndicatorLabels.key("今年新建口袋公园目标")).isEqualTo("~新建口袋公园");
    assertThat(IndicatorLabels.key("新建口袋公园从去年的")).isEqualTo("~新建口袋公园");
    assertThat(IndicatorLabels.key("新建口袋公园")).isNotEqualTo(IndicatorLabels.key("新建健身步道"));
  }

  @Test
  void generalOrTooShortLabelsHaveNoKey() {
    assertThat(IndicatorLabels.key("投资")).isNull();
    assertThat(IndicatorLabels.key("全年总投资")).isNull();
    assertThat(IndicatorLabels.key("钢")).isNull();
    assertThat(IndicatorLabels.key("比一九八○年")).isNull();
    assertThat(IndicatorLabels.key("职工工资总额二〇二〇年")).isNull();
    assertThat(IndicatorLabels.key("中央财政拟安排补贴资金")).isNotEqualTo(IndicatorLabels.key("中央财政拟安排专项资金"));
    assertThat(labels.of(null)).singleElement().extracting(IndicatorLabel::key).isNull();
  }

  @Test
  void aLabelOfAUnitOrANoteNamesNothing() {
    assertThat(IndicatorLabels.namesNothing("万亿元")).isTrue();
    assertThat(IndicatorLabels.namesNothing("按可比价计算")).isTrue();
    assertThat(IndicatorLabels.namesNothing("")).isTrue();
    assertThat(IndicatorLabels.namesNothing("地区生产总值")).isFalse();
    assertThat(IndicatorLabels.namesNothing("万家惠农贸市场")).isFalse();
  }
}
