package org.duban.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.duban.core.testing.RandomText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityRecognizerTest {

  private final QuantityRecognizer recognizer = new QuantityRecognizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "全年完成税收1234.5亿元，| 1234.5亿元 | 123450000000 | CNY",
        "新增企业18 家 | 18 家 | 18 | 家",
        "开工18.7 万平方米 | 18.7 万平方米 | 187000 | m2",
        "走访企业2.3万余次 | 2.3万余次 | 23000 | 次",
        "提高了9个百分点 | 9个百分点 | 9 | pp",
        "能耗0.05吨标准煤/万元 | 0.05吨标准煤/万元 | 0.05 | 吨标准煤/万元",
        "浓度为33微克/立方米 | 33微克/立方米 | 33 | μg/m3",
        "授信四百三十亿元 | 四百三十亿元 | 43000000000 | CNY",
        "建成两所学校 | 两所 | 2 | 所",
        "交付数千万片芯片 | 数千万片 | 10000000 | 片",
        "占全国的三分之一 | 三分之一 | 33.333333 | %",
        "出口占全省1/5 | 1/5 | 20 | %",
        "存款新增3万多亿元 | 3万多亿元 | 3000000000000 | CNY",
        "已有23省份公布目标 | 23省份 | 23 | 个",
        "排队时间缩短一半 | 一半 | 50 | %",
        "吞吐量4200万标准箱 | 4200万标准箱 | 42000000 | 标准箱",
        "增长百分之十二点八 | 百分之十二点八 | 12.8 | %",
        "近8成省份 | 8成 | 80 | %",
        "建床率达到5.5‰ | 5.5‰ | 5.5 | ‰",
        "实到外资6.85亿美元 | 6.85亿美元 | 685000000 | USD",
        "建设道路3.5公里 | 3.5公里 | 3.5 | km",
        "面积12平方公里 | 12平方公里 | 12 | km2",
        "改造3500套(间) | 3500套(间) | 3500 | 套",
        "惠及242万农村居民 | 242万 | 2420000 | 人",
        "粮食产量四亿零七百多万吨 | 四亿零七百多万吨 | 407000000 | t",
        "单价13600元/平方米 | 13600元/平方米 | 13600 | CNY/m2",
        "位居全市第二 | 第二 | 2 | rank",
        "较去年翻番 | 翻番 | 2 | times",
        // a unit-less 万 or 亿 is people or money by the noun just before it (issue 8)
        "农业人口减少2亿多 | 2亿多 | 200000000 | 人",
        "7亿多劳动力 | 7亿多 | 700000000 | 人",
        "3亿多受过职业培训的工人 | 3亿多 | 300000000 | 人",
        "经济总量突破2万亿， | 2万亿 | 2000000000000 | CNY",
        "税收收入超千亿 | 千亿 | 100000000000 | CNY",
        "货运班列开行超千列 | 千列 | 1000 | 列",
        "财政收入迈上千亿元台阶 | 千亿元 | 100000000000 | CNY",
        "受教育年限达到11.3年 | 11.3年 | 11.3 | year",
        "经营期限再延长20年 | 20年 | 20 | year",
        "逾半数城市 | 半数 | 50 | %",
        "邮轮靠泊120艘次 | 120艘次 | 120 | 艘次",
        "平板玻璃产能3000万重量箱 | 3000万重量箱 | 30000000 | 重量箱",
        "受教育年限达到10.25年 | 10.25年 | 10.25 | year",
      })
  void readsQuantities(String text, String written, double normValue, String normUnit) {
    List<Quantity> found = recognizer.recognize(text);
    assertThat(found).extracting(Quantity::text).containsExactly(written);
    Quantity q = found.get(0);
    assertThat(text.substring(q.start(), q.end())).isEqualTo(written);
    assertThat(q.normValue()).isCloseTo(normValue, within(1e-4));
    assertThat(q.normUnit()).isEqualTo(normUnit);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "增长约5% | ABOUT",
        "增长5%左右 | ABOUT",
        "增长5.6%①左右 | ABOUT",
        "超过600家 | OVER",
        "8000户以上 | OVER",
        "2.3万余次 | OVER",
        "不少于100万平方米 | AT_LEAST",
        "至少开办一家 | AT_LEAST",
        "控制在5%以内 | AT_MOST",
        "72小时内办结 | AT_MOST",
        "不足20% | UNDER",
        "近百场 | ABOUT",
      })
  void readsQualifiers(String text, Qualifier expected) {
    assertThat(recognizer.recognize(text))
        .singleElement()
        .extracting(Quantity::qualifier)
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "增长4.5%—5% | 4.5%—5% | 4.5 | 5",
        "增长6-6.5% | 6-6.5% | 6 | 6.5",
        "增长5%到5.5% | 5%到5.5% | 5 | 5.5",
        "投资300-500万元 | 300-500万元 | 3000000 | 5000000",
        "力争用3-5年时间 | 3-5年 | 3 | 5",
      })
  void readsRanges(String text, String written, double low, double high) {
    Quantity q = recognizer.recognize(text).get(0);
    assertThat(q.text()).isEqualTo(written);
    assertThat(q.qualifier()).isEqualTo(Qualifier.RANGE);
    assertThat(q.normValue()).isCloseTo(low, within(1e-6));
    assertThat(q.normHigh()).isCloseTo(high, within(1e-6));
  }

  @Test
  void scalingByAMagnitudeGivesTheSameDoubleAsDecimalArithmetic() {
    Random random = new Random(7);
    double[] magnitudes = {10, 100, 1e3, 1e4, 1e8, 1e12, 0.001, 1.5};
    for (int n = 0; n < 200_000; n++) {
      int decimals = random.nextInt(5);
      double a =
          Math.round(random.nextDouble() * Math.pow(10, 2 + random.nextInt(7)))
              / Math.pow(10, decimals);
      double b = magnitudes[random.nextInt(magnitudes.length)];
      double decimal =
          java.math.BigDecimal.valueOf(a).multiply(java.math.BigDecimal.valueOf(b)).doubleValue();
      assertThat(QuantityRecognizer.times(a, b)).as("%s × %s", a, b).isEqualTo(decimal);
    }
    assertThat(QuantityRecognizer.times(2286.2, 1e8)).isEqualTo(228_620_000_000d);
  }

  @Test
  void readsFromToAsTwoFigures() {
    assertThat(recognizer.recognize("审批时间由15个工作日缩短至3个工作日"))
        .extracting(Quantity::text, Quantity::qualifier)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("15个工作日", Qualifier.EXACT),
            org.assertj.core.groups.Tuple.tuple("3个工作日", Qualifier.EXACT));
  }

  @Test
  void givesAListTheUnitOfItsLastItem() {
    assertThat(recognizer.recognize("分别高出2.6个、2.5个百分点"))
        .extracting(Quantity::normUnit)
        .containsExactly("pp", "pp");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2023年1月16日",
    "2021-2025年",
    "19:40:52",
    "5G基站",
    "PM2.5浓度",
    "十四五规划",
    "75周年",
    "3部门联合",
    "12345热线",
    "010-63691786",
    "二〇三五年远景目标",
    "2025/3/5召开",
    "24/7在线",
    "2023/2024赛季",
    "投入2亿推动创新",
    "连续8年保持增长",
    "万分感谢",
    "迈上新台阶",
    "截至3.2024年",
    "“十四五”时期（2021-2025年）",
  })
  void findsNoQuantityWithoutAUnit(String text) {
    assertThat(recognizer.recognize(text)).isEmpty();
  }

  @Test
  void randomInputNeitherThrowsNorLeavesTheText() {
    Random random = new Random(7);
    for (int round = 0; round < 3000; round++) {
      String text = RandomText.of(random, 80);
      int end = -1;
      for (Quantity q : recognizer.recognize(text)) {
        assertThat(q.start()).isGreaterThanOrEqualTo(Math.max(end, 0));
        assertThat(q.end()).isBetween(q.start() + 1, text.length());
        assertThat(q.qualifierStart()).isBetween(0, q.start());
        assertThat(q.qualifierEnd()).isBetween(q.end(), text.length());
        assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        end = q.end();
      }
    }
  }
}
