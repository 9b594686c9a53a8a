package org.duban.core.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureClassifierTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "地区生产总值达到1234.5亿元 | 1234.5亿元 | VALUE | -",
        "地区生产总值同比增长8.8% | 8.8% | CHANGE | UP",
        "交通事故同比下降3% | 3% | CHANGE | DOWN",
        "占全区税收比重较上年提高了9个百分点 | 9个百分点 | CHANGE | UP",
        "占全区税收比重达67% | 67% | SHARE | -",
        "研发经费支出占地区生产总值的比重达6.8% | 6.8% | SHARE | -",
        "涉外经济完成税收100亿元，占比为46.7% | 46.7% | SHARE | -",
        "诉求解决率达99% | 99% | VALUE | -",
        "全年增速为5% | 5% | CHANGE | UP",
        "降幅超1个百分点 | 1个百分点 | CHANGE | DOWN",
        "85%的居民表示满意 | 85% | SHARE | -",
        "完成年度任务的130.3% | 130.3% | VALUE | -",
        "5幢楼宇比2017年增加10幢 | 10幢 | CHANGE | UP",
        "为患者平均减少40分钟 | 40分钟 | CHANGE | DOWN",
        "新增跨国公司地区总部5家 | 5家 | VALUE | -",
        "增加保基本养老床位1561张 | 1561张 | VALUE | -",
        "每万人发明专利拥有量由56件增加到64件 | 64件 | VALUE | -",
        "增速位居中心城区第三 | 第三 | RANK | -",
        "规上工业增加值增长7.9% | 7.9% | CHANGE | UP",
        "精简行政审批事项45项 | 45项 | CHANGE | DOWN",
        "为企业降低融资成本约300亿元 | 300亿元 | CHANGE | DOWN",
        "一次性增加1万亿元地方政府债务限额 | 1万亿元 | CHANGE | UP",
        "低保标准再提高50元 | 50元 | CHANGE | UP",
        "城乡低保标准分别再提高60元和8元 | 8元 | CHANGE | UP",
        "两类人才分别增加3.5万人、2.2万人 | 2.2万人 | CHANGE | UP",
        "创新对产业增长的贡献率达到55% | 55% | VALUE | -",
        "投资对经济增长贡献率提高到41% | 41% | VALUE | -",
        "农业机械化率增至88% | 88% | VALUE | -",
        "高新技术产业增加值占全市规上工业增加值38.5% | 38.5% | SHARE | -",
        "网上零售在上年同期12.0%的高增速基础上继续增长 | 12.0% | CHANGE | UP",
        "低于全省3.1%的两年平均增速 | 3.1% | CHANGE | UP",
        "茶叶产量稳定在全省1/5以上 | 1/5 | SHARE | -",
        "出口企业中，80%以上实现跨境电商业务 | 80% | SHARE | -",
        "审批事项全部进驻，100%实现网上办理 | 100% | VALUE | -",
        "服务业增加值占全市比重增至62% | 62% | SHARE | -",
        "设备能耗降低达15% | 15% | CHANGE | DOWN",
        "闲置工业用地减量3平方公里 | 3平方公里 | CHANGE | DOWN",
        "在60%左右的县区开展试点 | 60% | SHARE | -",
        "2023年游客接待量是2019年的1.8倍 | 1.8倍 | CHANGE | UP",
        "绿地率由2019年的30%提高到35% | 30% | VALUE | -",
        "有5个区县高于全市6.1%的GDP增速。其中，东湖区为9.2% | 9.2% | CHANGE | UP",
        "逾半数县区增速快于全市 | 半数 | SHARE | -",
        "准入事项压减三成，90%以上实行告知承诺制 | 90% | SHARE | -",
        "千兆光网覆盖98%行政村 | 98% | SHARE | -",
        "各市地区生产总值目标平均值为5.6% | 5.6% | CHANGE | UP",
        "县域经济增长5%县城人口增加 | 5% | CHANGE | UP",
        "审批时间压缩一半 | 一半 | CHANGE | DOWN",
      })
  void classifies(String sentence, String figure, Measure measure, Direction direction) {
    Fact fact = Extraction.of(sentence).fact(figure);
    assertThat(fact.measure()).isEqualTo(measure);
    assertThat(fact.direction()).isEqualTo(direction);
  }

  @Test
  void aStatisticOfGrowthTargetsIsAChange() {
    Fact f = Extraction.of("各市今年GDP增速目标的平均值为5.6%。").fact("5.6%");
    assertThat(f.measure()).isEqualTo(Measure.CHANGE);
    assertThat(f.direction()).isEqualTo(Direction.UP);
  }
}
