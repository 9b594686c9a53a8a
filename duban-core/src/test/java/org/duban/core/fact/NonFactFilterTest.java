package org.duban.core.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.duban.core.quantity.Qualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NonFactFilterTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "——2024年1月16日在东湖区第十七届人民代表大会第五次会议上",
        "全面完成十七届人大三次会议确定的目标任务",
        "推动“3+3”重点产业发展",
        "打造“15分钟社区生活圈”",
        "一年来，主要做了七个方面工作",
        "两项主要经济指标总量均创历史新高",
        "建成一批示范街镇",
        "每万人发明专利拥有量提升",
        "亿元楼数量稳步增加",
        "积极构建商贸、医学转化、健康科技服务三个中心",
        "引入第三方评估",
        "把民生放在首位",
        "推进二期工程",
        "创建二类街区",
        "增强“四个意识”",
        "为60岁以上老人提供服务",
        "这四条里面理想最重要",
        "新建6天+365天交易平台",
        "推动零部件出口",
        "保障“7×24小时\"全天候服务", // a curly quote closed by a straight one (issue 8)
        // rubric points and weights measure the evaluation (spec, issue 8)
        "（三）社区养老服务站点建设（4分）",
        "按期完成的得2分，逾期一个月扣0.5分",
        "季度考核分值=材料审核（40%）+现场核查（35%）+群众评议（25%）",
        "满分100分",
        // a 第N after a whole is a rank only when no classifier makes it the first of a series
        "全国第一个自贸区挂牌",
        "入选全省第一批试点",
        "名列第三批试点城市名单",
        "办好国际马拉松赛、第十届运动会",
        // quoted counts and durations are names; a class of size is no figure
        "深化“最多跑一次”改革",
        "出台支持民营经济的“30条”",
        "新建千吨级码头",
        "三次产业比例更趋合理",
      })
  void findsNoFactIn(String sentence) {
    assertThat(Extraction.of(sentence).facts()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "增速位居中心城区第三 | 第三",
        "网格化管理在全市考评中名列第一 | 第一",
        "获得文明城市测评第一名 | 第一名",
        "全国排名上升到24位 | 24位",
        "全市税收收入继续位居榜首 | 榜首",
        "发展指数从全球第11位跃升至第7位 | 第11位",
        "确保各街镇至少开办一家托育机构 | 一家",
        "举办精准招商活动近百场 | 百场",
        "人均预期寿命提升至82.5岁 | 82.5岁",
        "虹桥、丽华雅苑两个基金小镇开园 | 两个",
        // what a rubric checks is a fact, only its points are not (issue 8)
        "政务服务事项网上可办率达95%以上（3分） | 95%",
        "绿化覆盖率（%）达到40% | 40%",
        "区级财政收入增长（5%）以上 | 5%",
        // a rank right after the whole it is ranked in (issue 8)
        "出口总额连续5年全省第一 | 第一",
        "成为全球第一造船大国 | 第一",
        // a quoted rate alone cites a figure
        "“6%左右”的增长目标是合理的 | 6%",
        "地区生产总值迈上千亿元台阶 | 千亿元",
        "税收收入达千亿级规模 | 千亿",
        "油料产量保持在百万吨以上 | 百万吨",
        "用3-5年时间建成一批创新平台 | 3-5年",
      })
  void findsFactIn(String sentence, String figure) {
    assertThat(Extraction.of(sentence).facts()).extracting(Fact::text).contains(figure);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"综合实力跻身全省前五位 | 五位 | 5", "旅游收入进入全国前20名 | 20名 | 20", "经济总量稳居全国前十强 | 十强 | 10"})
  void readsTheTopNAsARankOfAtMostN(String sentence, String figure, double rank) {
    Fact f = Extraction.of(sentence).fact(figure);
    assertThat(f.measure()).isEqualTo(Measure.RANK);
    assertThat(f.qualifier()).isEqualTo(Qualifier.AT_MOST);
    assertThat(f.normValue()).isEqualTo(rank);
  }
}
