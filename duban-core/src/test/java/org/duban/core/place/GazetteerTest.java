package org.duban.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {

  private final Gazetteer g = Gazetteer.get();

  @Test
  void holdsEveryTierWithItsCodeAndParent() {
    Place county = g.byCode("150702");
    assertThat(county.name()).isEqualTo("海拉尔区");
    assertThat(county.level()).isEqualTo(PlaceLevel.COUNTY);
    Place prefecture = g.parent(county);
    assertThat(prefecture.name()).isEqualTo("呼伦贝尔市");
    assertThat(prefecture.level()).isEqualTo(PlaceLevel.PREFECTURE);
    assertThat(g.parent(prefecture).name()).isEqualTo("内蒙古自治区");
    assertThat(g.province(county).code()).isEqualTo("150000");
  }

  @Test
  void hangsTheDistrictsOfAMunicipalityFromIt() {
    Place haidian = g.named("海淀区").get(0);
    assertThat(g.parent(haidian).name()).isEqualTo("北京市");
  }

  @Test
  void keepsEveryCountyOfASharedName() {
    assertThat(g.named("鼓楼区"))
        .hasSizeGreaterThan(1)
        .extracting(Place::code)
        .doesNotHaveDuplicates();
  }

  @Test
  void resolvesShortFormsToTheOfficialName() {
    assertThat(g.resolve("山西", null).name()).isEqualTo("山西省");
    assertThat(g.resolve("内蒙古", null).name()).isEqualTo("内蒙古自治区");
    assertThat(g.resolve("广西", null).name()).isEqualTo("广西壮族自治区");
    assertThat(g.resolve("阿坝州", null).name()).isEqualTo("阿坝藏族羌族自治州");
    assertThat(g.resolve("巴音郭楞", null).name()).isEqualTo("巴音郭楞蒙古自治州");
    assertThat(g.resolve("锡林郭勒", null).name()).isEqualTo("锡林郭勒盟");
  }

  @Test
  void givesASharedShortFormToTheHigherTier() {
    assertThat(g.resolve("吉林", null).name()).isEqualTo("吉林省");
  }

  @Test
  void resolvesANameByTheDivisionNamedBeforeIt() {
    assertThat(g.resolve("北京市海淀区", null).code()).isEqualTo(g.named("海淀区").get(0).code());
    assertThat(g.resolve("呼伦贝尔市海拉尔区", null).name()).isEqualTo("海拉尔区");
    Place gulou = g.resolve("江苏省南京市鼓楼区", null);
    assertThat(gulou.parentCode()).isEqualTo(g.resolve("南京市", null).code());
  }

  @Test
  void resolvesASharedNameByTheJurisdictionsProvince() {
    Place fuzhou = g.resolve("福州市", null);
    Place gulou = g.resolve("鼓楼区", g.resolve("福建省", null));
    assertThat(g.parent(gulou)).isEqualTo(fuzhou);
    assertThat(g.resolve("鼓楼区", g.resolve("上海市", null))).isNull();
  }

  @Test
  void readsACountysShortFormOnlyInItsProvince() {
    assertThat(g.resolve("海淀", null)).isNull();
    assertThat(g.resolve("海淀", g.resolve("北京市", null)).name()).isEqualTo("海淀区");
    assertThat(g.resolve("城区", null)).isNull();
  }

  @Test
  void knowsTheCountryAndTheZones() {
    assertThat(g.resolve("全国", null).level()).isEqualTo(PlaceLevel.NATION);
    Place zone = g.resolve("临港新片区", null);
    assertThat(zone.level()).isEqualTo(PlaceLevel.ZONE);
    assertThat(g.parent(zone).name()).isEqualTo("上海市");
  }
}
