package org.duban.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void readsDatesAsChineseDocumentsWriteThem() {
    assertThat(Dates.parse("——2024年1月16日在长宁区第十七届人民代表大会第五次会议上"))
        .isEqualTo(LocalDate.of(2024, 1, 16));
    assertThat(Dates.parse("——１９８９年３月２０日在第七届全国人民代表大会")).isEqualTo(LocalDate.of(1989, 3, 20));
    assertThat(Dates.parse("——二〇二六年一月二十七日在甘肃省十四届人民代表大会")).isEqualTo(LocalDate.of(2026, 1, 27));
    assertThat(Dates.parse("新浪财经 2021-03-24")).isEqualTo(LocalDate.of(2021, 3, 24));
    assertThat(Dates.parse("发表于 2024-3-25 19:40:52")).isEqualTo(LocalDate.of(2024, 3, 25));
    assertThat(Dates.parse("2022/11/21")).isEqualTo(LocalDate.of(2022, 11, 21));
  }

  @Test
  void findsNoDateInNumbersThatAreNotDates() {
    assertThat(Dates.parse("010-63691786")).isNull();
    assertThat(Dates.parse("增长2024年度")).isNull();
    assertThat(Dates.parse("2023年2月30日")).isNull();
    assertThat(Dates.parse("12024-01-01")).isNull();
  }

  @Test
  void tellsDateLinesFromLinesWithADate() {
    assertThat(Shapes.isDateLine("2025-07-09")).isTrue();
    assertThat(Shapes.isDateLine("2026-01-31 07:00:44")).isTrue();
    assertThat(Shapes.isDateLine("2024年3月8日")).isTrue();
    assertThat(Shapes.isDateLine("9:00-18:00")).isFalse();
    assertThat(Shapes.isDateLine("发表于 2024-3-25")).isFalse();
  }
}
