package org.duban.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.duban.core.testing.RandomText;
import org.junit.jupiter.api.Test;

class PlaceFinderTest {

  @Test
  void leavesASharedCountyNameAsWrittenWithoutContext() {
    String text = "鼓楼区新增企业";
    PlaceMention m = PlaceFinder.at(text, 0, text.length(), null);
    assertThat(m.place()).isNull();
    assertThat(m.name(text)).isEqualTo("鼓楼区");
  }

  @Test
  void readsNoPlaceInAnOrdinaryWordShapedLikeACounty() {
    String text = "城区绿化覆盖率";
    assertThat(PlaceFinder.at(text, 0, text.length(), null)).isNull();
  }

  @Test
  void stopsAtTheLimit() {
    String text = "内蒙古呼伦贝尔市海拉尔区";
    assertThat(PlaceFinder.at(text, 0, 8, null).place().name()).isEqualTo("呼伦贝尔市");
    assertThat(PlaceFinder.at(text, 0, text.length(), null).place().name()).isEqualTo("海拉尔区");
  }

  @Test
  void neverThrowsNorReachesOutsideItsRange() {
    Random random = new Random(11);
    Place context = Gazetteer.get().resolve("浙江省", null);
    for (int round = 0; round < 300; round++) {
      String text = "北京市海淀区" + RandomText.of(random, 80) + "山西太原";
      for (int pos = 0; pos < text.length(); pos++) {
        int limit = pos + random.nextInt(text.length() - pos + 1);
        PlaceMention m = PlaceFinder.at(text, pos, limit, round % 2 == 0 ? context : null);
        if (m != null) {
          assertThat(m.start()).isEqualTo(pos);
          assertThat(m.end()).isBetween(pos + 2, limit);
          assertThat(m.name(text)).isNotBlank();
        }
      }
    }
  }
}
