package org.duban.core.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorCatalogueTest {

  private final IndicatorCatalogue catalogue = IndicatorCatalogue.get();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "地区生产总值, gdp",
    "全市生产总值, gdp",
    "全省地区生产总值, gdp",
    "生产总值, gdp",
    "经济增长, gdp",
    "经济增长预期目标, gdp",
    "提出国内生产总值, gdp",
    "地区生产总值按安排, gdp",
    "GDP, gdp",
    "居民消费价格涨幅, cpi",
    "居民消费价格, cpi",
    "城镇登记失业率控制, unemployment-registered",
    "调查失业率, unemployment-surveyed",
    "城镇调查失业率降, unemployment-surveyed",
    "赤字率从去年的, deficit-ratio",
    "财政赤字率一直, deficit-ratio",
    "服务业增加值在地区生产总值中的比重, service-share",
    "服务业增加值占地区生产总值比重, service-share",
    "全社会研发经费支出占地区生产总值的比重, rnd-intensity",
    "单位地区生产总值能耗, energy-intensity",
    "能耗强度, energy-intensity",
    "区级一般公共预算收入, fiscal-revenue-district",
    "一般公共预算收入, fiscal-revenue",
    "地方财政总收入, fiscal-revenue-total",
    "农民人均纯收入, income-rural",
    "城镇常住居民人均可支配收入, income-urban",
    "区本级全社会固定资产投资额, fixed-investment-district",
    "中央财政赤字, deficit-central",
  })
  void matchesTheNamesReportsUse(String label, String id) {
    assertThat(catalogue.match(label)).map(Indicator::id).hasValue(id);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "海洋生产总值",
        "人均地区生产总值",
        "中西部地区生产总值比重",
        "消费对经济增长的贡献率",
        "服务业在国内生产总值中的比重",
        "数字经济核心产业增加值占地区生产总值比重",
        "GDP增速目标的平均值",
      })
  void aWordThatChangesWhatIsMeasuredKeepsTheLabelFromGdp(String label) {
    assertThat(catalogue.match(label).map(Indicator::id)).isNotEqualTo(Optional.of("gdp"));
  }

  @Test
  void scopeWordsMakeDifferentIndicators() {
    assertThat(catalogue.match("人均地区生产总值")).map(Indicator::id).hasValue("gdp-per-capita");
    assertThat(catalogue.match("城镇登记失业率")).isNotEqualTo(catalogue.match("城镇调查失业率"));
    assertThat(catalogue.match("区级一般公共预算收入")).isNotEqualTo(catalogue.match("一般公共预算收入"));
    assertThat(catalogue.match("城镇居民人均可支配收入")).isNotEqualTo(catalogue.match("农村居民人均可支配收入"));
    assertThat(catalogue.match("户籍人口城镇化率")).isNotEqualTo(catalogue.match("常住人口城镇化率"));
  }

  @Test
  void findsAnIndicatorByIdOrByAnyAlias() {
    assertThat(catalogue.find("gdp")).map(Indicator::name).hasValue("地区生产总值");
    assertThat(catalogue.find("经济增长")).map(Indicator::id).hasValue("gdp");
    assertThat(catalogue.find("GDP")).map(Indicator::id).hasValue("gdp");
    assertThat(catalogue.find("城镇调查失业率")).map(Indicator::id).hasValue("unemployment-surveyed");
    assertThat(catalogue.find("no-such-indicator")).isEmpty();
    assertThat(catalogue.find(" ")).isEmpty();
  }

  @Test
  void everyIndicatorHasAUniqueIdAndItsNameAmongItsAliases() {
    Set<String> ids = new HashSet<>();
    for (Indicator indicator : catalogue.indicators()) {
      assertThat(ids.add(indicator.id())).as(indicator.id()).isTrue();
      assertThat(indicator.aliases()).contains(indicator.name());
      for (String alias : indicator.aliases()) {
        assertThat(catalogue.match(alias)).as(alias).map(Indicator::id).hasValue(indicator.id());
      }
    }
    assertThat(catalogue.indicators()).hasSizeGreaterThan(50);
    assertThat(catalogue.version()).hasSize(16);
  }

  @Test
  void senseFollowsTheIndicator() {
    assertThat(catalogue.find("cpi")).map(Indicator::sense).hasValue(Sense.CEILING);
    assertThat(catalogue.find("unemployment-surveyed"))
        .map(Indicator::sense)
        .hasValue(Sense.CEILING);
    assertThat(catalogue.find("deficit-ratio")).map(Indicator::sense).hasValue(Sense.CEILING);
    assertThat(catalogue.find("retail")).map(Indicator::sense).hasValue(Sense.FLOOR);
  }
}
