package org.duban.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.duban.core.clean.ListNumbers.Style;
import org.junit.jupiter.api.Test;

class ListNumbersTest {

  @Test
  void recognisesTheNumberingStylesOfChineseDocuments() {
    assertMatch("二、2024年主要任务", Style.CHINESE, "二", "2024年主要任务");
    assertMatch("（三）坚定不移抓创新", Style.CHINESE_PAREN, "三", "坚定不移抓创新");
    assertMatch("(六) 坚持共享发展", Style.CHINESE_PAREN, "六", "坚持共享发展");
    assertMatch("12.着力增强科技创新动能。", Style.ARABIC, "12", "着力增强科技创新动能。");
    assertMatch("１．全力推动区域经济", Style.ARABIC, "1", "全力推动区域经济");
    assertMatch("（2）做好就业", Style.ARABIC_PAREN, "2", "做好就业");
    assertMatch("第二部分 主要任务", Style.PART, "二", "主要任务");
    assertMatch("第十二条　数据共享", Style.ARTICLE, "十二", "数据共享");
    assertMatch("第一，加快发展基础工业", Style.ORDINAL, "一", "加快发展基础工业");
    assertMatch("一是准确把握政策。", Style.ENUMERATION, "一", "准确把握政策。");
    assertMatch("［26］七个有之：", Style.BRACKET, "26", "七个有之：");
    assertMatch("③推进改革", Style.CIRCLED, "3", "推进改革");
  }

  @Test
  void leavesNumbersThatAreNotListNumbersAlone() {
    for (String s :
        new String[] {
          "1.5%的增长",
          "2024年主要任务",
          "十四五”时期",
          "一年来，我们",
          "二〇三五年远景目标",
          "(2020年11月30日通过)",
          "【上海招商】",
          "5G基站",
          "一些地方",
          ""
        }) {
      assertThat(ListNumbers.match(s, 0)).as(s).isNull();
    }
  }

  private static void assertMatch(String s, Style style, String number, String rest) {
    ListNumbers.Match m = ListNumbers.match(s, 0);
    assertThat(m).as(s).isNotNull();
    assertThat(m.style()).isEqualTo(style);
    assertThat(m.number()).isEqualTo(number);
    assertThat(s.substring(m.end())).isEqualTo(rest);
  }
}
