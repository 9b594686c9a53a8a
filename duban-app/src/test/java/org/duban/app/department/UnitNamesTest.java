package org.duban.app.department;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The forms of a unit's name (issue 10). */
class UnitNamesTest {

  @Test
  void longAndShortFormsShareAKey() {
    assertThat(UnitNames.key("区发展和改革委员会")).isEqualTo("区发改委");
    assertThat(UnitNames.key("区发展改革委")).isEqualTo("区发改委");
    assertThat(UnitNames.key("区发改委")).isEqualTo("区发改委");
    assertThat(UnitNames.key("区人力资源和社会保障局")).isEqualTo(UnitNames.key("区人社局"));
    assertThat(UnitNames.key("区市场监督管理局")).isEqualTo("区市场监管局");
    assertThat(UnitNames.key("区财政局")).isEqualTo("区财政局");
    assertThat(UnitNames.key("区商务委")).isNotEqualTo(UnitNames.key("区经委"));
  }

  @Test
  void aListIsSplitAndTidied() {
    assertThat(UnitNames.split(" 区发改委、区财政局，区商务委等；区发改委 ")).containsExactly("区发改委", "区财政局", "区商务委");
    assertThat(UnitNames.tidy("区 民政局 等")).isEqualTo("区民政局");
    assertThat(UnitNames.split(null)).isEmpty();
  }
}
