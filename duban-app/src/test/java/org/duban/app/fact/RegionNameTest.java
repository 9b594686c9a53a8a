package org.duban.app.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionNameTest {

  @Test
  void aDistrictMatchesItsShortAndFullNames() {
    assertThat(RegionName.variants("长宁区")).contains("长宁区", "长宁").doesNotContain("上海市");
    assertThat(RegionName.variants("长宁")).contains("长宁", "长宁区");
    assertThat(RegionName.variants("上海市长宁区")).contains("上海市长宁区", "长宁", "长宁区");
  }

  @Test
  void keepsTwoCharacterNamesWhole() {
    assertThat(RegionName.variants("全国")).contains("全国").doesNotContain("全");
    assertThat(RegionName.variants("上海市")).contains("上海市", "上海");
  }
}
