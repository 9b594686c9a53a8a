package org.duban.core.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.duban.core.meta.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorExtractorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "全年地区生产总值达到1234.5亿元，同比增长6.1%。 | 1234.5亿元 | 地区生产总值",
        "全年地区生产总值达到1234.5亿元，同比增长6.1%。 | 6.1% | 地区生产总值",
        "区级一般公共预算收入增长5%。 | 5% | 区级一般公共预算收入",
        "新增跨国公司地区总部8家、国内企业总部30家。 | 30家 | 新增国内企业总部",
        "完成2座口袋公园、4座市民服务驿站。 | 4座 | 完成市民服务驿站",
        "推动16个为民办实事项目落地。 | 16个 | 为民办实事项目落地",
        "完成花园坊、锦绣里等25个城市更新项目。 | 25个 | 完成城市更新项目",
        "6100余家数字经济企业实现综合税收306亿元。 | 6100余家 | 数字经济企业",
        "重点产业完成综合税收370亿元。 | 370亿元 | 重点产业综合税收",
        "2023年，全区亿元楼数量达到92幢。 | 92幢 | 亿元楼",
        "利用外资较“十三五”时期增长35%。 | 35% | 利用外资",
        "税收收入达到900亿元、较“十三五”末增长20%。 | 20% | 税收收入",
        "建成12个社区、村卫生服务站。 | 12个 | 建成社区、村卫生服务站",
        "三是新建社区食堂40个。 | 40个 | 新建社区食堂",
        "人均公园绿地面积继续位居全省首位。 | 首位 | 人均公园绿地面积",
        "数字经济发展指数升至全国第八位。 | 第八位 | 数字经济发展指数",
        "蔬菜产量仍然保持在120万吨以上。 | 120万吨 | 蔬菜产量",
        "我省粮食产量达到600亿斤。 | 600亿斤 | 粮食产量",
        "五年内新建学校40所。 | 40所 | 新建学校",
        "农业总产值平均每年增长5%。 | 5% | 农业总产值",
        "省级预算内基建资金拟安排80亿元。 | 80亿元 | 省级预算内基建资金",
        "今年将办好8类30件民生实事。 | 8类 | 办好民生实事",
        "取消证明事项40项，精简25%。 | 25% | 取消证明事项",
        "完成老旧管网改造，让3.2万户居民用上了天然气。 | 3.2万户 | 居民用上了天然气",
        "建成10个街心公园、新增绿地5公顷。 | 10个 | 建成街心公园",
        "改造5个老旧小区、3个城中村。 | 5个 | 改造老旧小区",
        "“十五五”时期居民收入年均增长6%左右。 | 6% | 居民收入",
        "光伏装机占比达40%、规模比“十四五”末翻了一番。 | 翻了一番 | 光伏装机规模",
        "工业总量占全市比重达30%，研发投入占全市比重达45%。 | 30% | 工业总量占全市比重",
        "出口总额连续5年全省第一。 | 第一 | 出口总额",
        "我国成为全球第一造船大国和主要航运大国。 | 第一 | 造船",
        "老旧小区改造有序推进，全年完成2000户的改造任务。 | 2000户 | 老旧小区改造",
        "实施地质灾害避险搬迁，全年完成搬迁任务1.2万人。 | 1.2万人 | 地质灾害避险搬迁",
        "铁路、公路货运量双双突破3亿吨。 | 3亿吨 | 铁路、公路货运量",
        "湖北省地方财政收入880亿元，首次超过湖南省位列中部第二。 | 第二 | 地方财政收入",
        "健全大病保险制度，财政补助从每人每年600元提高到640元。 | 640元 | 健全大病保险制度财政补助",
        "高新技术企业增至5000家、专精特新企业增至800家，均居中部首位。 | 首位 | 高新技术企业、专精特新企业数量",
        "新增口袋公园120座，绿地率稳步提高，累计已达900座。 | 900座 | 口袋公园",
        "力争用3-5年时间，建成一批创新平台。 | 3-5年 | 建成一批创新平台时间",
        "建成跨江大桥3座、在建5座。 | 5座 | 在建跨江大桥",
        "全市规模以上工业增加值同比增长6.8%，增速比1-9月加快0.3个百分点。 | 0.3个百分点 | 规模以上工业增加值增速",
        "全市高新技术企业达1200家，比上年末净增150家。 | 150家 | 高新技术企业",
        "新增规上工业企业120家，总数达到1500家。 | 1500家 | 规上工业企业总数",
        "全区经济总量连跨两个百亿元台阶，达到480亿元，年均增长6%。 | 480亿元 | 经济总量",
        "全区经济总量连跨两个百亿元台阶，达到480亿元，年均增长6%。 | 6% | 经济总量",
        "全省常住人口城镇化率首次超过65%。 | 65% | 常住人口城镇化率",
        "居民人均可支配收入年均增长7%，高于经济增速0.8个百分点。 | 0.8个百分点 | 居民人均可支配收入高于经济增速",
        "全市生产总值2000亿元，按可比价格计算，增长5.5%。 | 5.5% | 生产总值",
        "全市生产总值增长5.5%，增速高于全省0.4个百分点。 | 0.4个百分点 | 生产总值增速",
        "规划纲要设置主要指标：一是围绕科技创新，提出4项指标。 | 4项 | 科技创新指标",
        "在建保障房项目120个。 | 120个 | 在建保障房项目",
        "规上工业增加值年均增长7%，2023年增速变缓至2.5%。 | 2.5% | 规上工业增加值增速",
        "全市限额以上单位网上零售额在去年同期12.5%的较快增长基础上，仍实现20%的增长。 | 20% | 限额以上单位网上零售额",
        "全市限额以上单位网上零售额在去年同期12.5%的较快增长基础上，仍实现20%的增长。 | 12.5% | 限额以上单位网上零售额",
        "浙江、山东生产总值分别达到4万亿元和3万亿元，陕西则处在1万亿元量级。 | 1万亿元 | 生产总值",
      })
  void labels(String sentence, String figure, String indicator) {
    assertThat(Extraction.of(sentence).fact(figure).indicator()).isEqualTo(indicator);
  }

  @Test
  void aTaskThatNamesWhatItChangesKeepsItsOwnLabel() {
    String label = Extraction.of("老旧小区改造有序推进，完成二期供水管网改造任务12公里。").fact("12公里").indicator();
    assertThat(label).contains("供水管网").doesNotContain("老旧小区");
  }

  @Test
  void aBareStatisticTakesTheOwnerOfTheMeasureBeforeIt() {
    Extraction e =
        Extraction.of("今年居民收入平均值为3.2万元，中位数为2.9万元。\n湖北收入增速为8%。湖南、江西增速也超过7%。")
            .type(DocumentType.NEWS)
            .year(2024);
    assertThat(e.fact("2.9万元").indicator()).isEqualTo("居民收入中位数");
    assertThat(e.fact("7%").indicator()).isEqualTo("收入增速");
  }

  @Test
  void aClauseWithRespectivelyButNoSubjectsContinuesTheListBefore() {
    Extraction e =
        Extraction.of("家电类、服装类商品零售分别增长12.5%、8.1%，两年平均分别增长6.3%、3.9%，分别居全省第二、第五。")
            .type(DocumentType.NEWS)
            .year(2024);
    assertThat(e.fact("6.3%").indicator()).isEqualTo("家电类商品零售两年平均");
    assertThat(e.fact("3.9%").indicator()).isEqualTo("服装类商品零售两年平均");
    assertThat(e.fact("第五").indicator()).isEqualTo("服装类商品零售");
  }

  @Test
  void aComparisonWithAPlaceUnderAFrameIsNamedByTheFrame() {
    Extraction e =
        Extraction.of("从三年平均增速来看，有9省份高于全国同期4.1%的平均水平。").type(DocumentType.NEWS).year(2024);
    assertThat(e.fact("4.1%").indicator()).isEqualTo("三年平均增速");
    assertThat(e.fact("4.1%").measure()).isEqualTo(Measure.CHANGE);
  }

  @Test
  void distributesSubjectsBeforeRespectively() {
    Extraction e = Extraction.of("商品销售总额、社会消费品零售总额分别同比增长1%、14%。");
    assertThat(e.fact("1%").indicator()).isEqualTo("商品销售总额");
    assertThat(e.fact("14%").indicator()).isEqualTo("社会消费品零售总额");
  }

  @Test
  void leavesTheNumberOfAListItemOutOfTheLabel() {
    assertThat(Extraction.of("8．全县85%的村卫生室接入远程医疗平台。").fact("85%").indicator())
        .isEqualTo("接入远程医疗平台的村卫生室占比");
  }

  @Test
  void aShareOfAWholeEndsBeforeTheParticle() {
    assertThat(Extraction.of("教育支出占财政支出的18.5%。").fact("18.5%").indicator()).isEqualTo("教育支出占财政支出");
  }

  @Test
  void whatIsRankedStandsBeforePai() {
    assertThat(Extraction.of("人均绿地面积排全省第二。").fact("第二").indicator()).isEqualTo("人均绿地面积");
  }

  @Test
  void amountsInSeveralUnitsShareTheirObject() {
    Extraction e = Extraction.of("改造860户、5.3万平方米城中村。");
    assertThat(e.fact("860户").indicator()).isEqualTo("改造城中村");
    assertThat(e.fact("5.3万平方米").indicator()).isEqualTo("改造城中村");
  }

  @Test
  void moneySpentTakesTheNextClausesObjectWithoutItsFigures() {
    assertThat(Extraction.of("投资3.6亿元，完成420户、3万平方米危旧房改造。").fact("3.6亿元").indicator())
        .isEqualTo("危旧房改造投资");
  }

  @Test
  void aFrameOpeningTheSentenceNamesWhatAFigureWithoutANameMeasures() {
    Extraction e =
        Extraction.of("从工业产值总量来看，苏州以4.4万亿元居首，无锡以2.4万亿元次之。").type(DocumentType.NEWS).year(2024);
    assertThat(e.fact("4.4万亿元").indicator()).isEqualTo("工业产值总量");
    assertThat(e.fact("2.4万亿元").indicator()).isEqualTo("工业产值总量");
  }

  @Test
  void aFrameHoldsForTheParagraphAndABreakdownIsNoFrame() {
    Extraction e =
        Extraction.of("从三年平均增速来看，多数省份表现稳健。其中，湖北、福建增速分别为7.1%、6.6%。\n分行业看，汽车制造业增长9%。")
            .type(DocumentType.NEWS)
            .year(2024);
    assertThat(e.fact("7.1%").indicator()).isEqualTo("三年平均增速");
    assertThat(e.fact("6.6%").indicator()).isEqualTo("三年平均增速");
    assertThat(e.fact("9%").indicator()).isEqualTo("汽车制造业");
  }

  @Test
  void placesListedBefore分别AreWhoseNotWhat() {
    Extraction e = Extraction.of("安徽、江西的粮食产量分别增长2.1%、1.8%。");
    assertThat(e.fact("2.1%").indicator()).isEqualTo("粮食产量");
    assertThat(e.fact("1.8%").indicator()).isEqualTo("粮食产量");
  }

  @Test
  void theVerbAfterAStartingValueIsNotPartOfTheName() {
    Extraction e = Extraction.of("居民消费价格涨幅由2.5%回落至1.9%。");
    assertThat(e.fact("2.5%").indicator()).isEqualTo("居民消费价格涨幅");
    assertThat(e.fact("1.9%").indicator()).isEqualTo("居民消费价格涨幅");
  }

  @Test
  void aFigureAfterADailyOrYearlyOutputIsThePlantsCapacity() {
    assertThat(Extraction.of("新建日处理2万吨的再生水厂。").fact("2万吨").indicator()).isEqualTo("再生水厂日处理能力");
    assertThat(Extraction.of("年产8万吨的钢结构项目竣工。").fact("8万吨").indicator()).isEqualTo("钢结构项目年产能");
  }

  @Test
  void aComparisonWithAPlacesAverageIsOfTheFigureBefore() {
    assertThat(Extraction.of("服务业增加值增长5.1%、快于全省平均0.4个百分点。").fact("0.4个百分点").indicator())
        .isEqualTo("服务业增加值快于全省");
  }

  @Test
  void aCountLeavesOutTheExamplesNamedBefore等() {
    assertThat(Extraction.of("新建甲路、乙路、丙路等乡村道路26条。").fact("26条").indicator()).isEqualTo("新建乡村道路");
  }

  @Test
  void anAmountInAnotherCurrencyIsTheSameFigure() {
    Extraction e = Extraction.of("利用外资达到12.5亿美元、折合89亿元人民币。");
    assertThat(e.fact("89亿元人民币").indicator()).isEqualTo("利用外资");
    assertThat(e.fact("12.5亿美元").indicator()).isEqualTo("利用外资");
  }

  @Test
  void howLongARankHasHeldIsNotWhatIsRanked() {
    assertThat(Extraction.of("港口货物吞吐量达到3.2亿吨、连续8年位居全省第一。").fact("第一").indicator())
        .isEqualTo("港口货物吞吐量");
  }

  @Test
  void aYearAfterTheNounOfAShareOpensWhatIsSaidOfIt() {
    assertThat(Extraction.of("近6成县区2023年完成减排任务。").fact("6成").indicator())
        .isEqualTo("2023年完成减排任务的县区占比");
  }

  @Test
  void whatTheRespondentsSayDefinesTheShare() {
    assertThat(Extraction.of("超四成受访商户表示客流回升。").fact("四成").indicator()).isEqualTo("表示客流回升的受访商户占比");
  }

  @Test
  void amongAPopulationIsNotPartOfIt() {
    assertThat(Extraction.of("在参评的60所学校中，有52所达到优秀。").fact("60所").indicator()).isEqualTo("参评学校");
  }

  @Test
  void sharesTheNounAfterAVerbList() {
    assertThat(Extraction.of("新建1条、翻建2条市民健身步道。").fact("1条").indicator()).isEqualTo("新建市民健身步道");
  }

  @Test
  void takesTheTopicClauseBeforeAnEmptyLabel() {
    assertThat(Extraction.of("全年社会商品零售总额，比上年增长17.8%。").fact("17.8%").indicator())
        .isEqualTo("社会商品零售总额");
  }

  @Test
  void namesMoneySpentByWhatTheNextClauseBuilds() {
    assertThat(Extraction.of("投资5.2亿元，建成保障性住房2262套。").fact("5.2亿元").indicator()).contains("保障性住房");
  }

  // money spent is named by what it is spent on, in its own clause
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "投资800万元新建两座口袋公园。 | 800万元 | 口袋公园投资",
        "投资300万元对老街巷进行整修。 | 300万元 | 老街巷整修投资",
        "投资1.5亿元的滨河步道工程开工建设。 | 1.5亿元 | 滨河步道工程投资",
        "投资2000万元实施雨污管网改造。 | 2000万元 | 雨污管网改造投资",
      })
  void namesMoneyByWhatItIsSpentOn(String sentence, String figure, String label) {
    assertThat(Extraction.of(sentence).fact(figure).indicator()).isEqualTo(label);
  }

  @Test
  void namesBareSpendingByTheSubjectOfTheShortSentenceLeadingIt() {
    Extraction e = Extraction.of("滨江新城建设取得新进展。全年完成投资8.6亿元。");
    assertThat(e.fact("8.6亿元").indicator()).isEqualTo("滨江新城建设投资");
  }

  @Test
  void namesSpendingInAListByTheItemsJustCounted() {
    String label = Extraction.of("落实重点项目120个、完成投资300亿元。").fact("300亿元").indicator();
    assertThat(label).contains("重点项目").endsWith("投资");
  }

  @Test
  void labelsBothEndsOfAFromToPairByWhatChanged() {
    Extraction e = Extraction.of("绿地率由2019年的30%提高到35%。");
    assertThat(e.fact("30%").indicator()).isEqualTo("绿地率");
    assertThat(e.fact("30%").measure()).isEqualTo(Measure.VALUE);
    assertThat(e.fact("35%").indicator()).isEqualTo("绿地率");
    Extraction rank = Extraction.of("科技创新指数由全省第8位上升至第5位。");
    assertThat(rank.fact("第5位").indicator()).isEqualTo("科技创新指数");
  }

  @Test
  void aRateOfHandlingIsOfTheThingsJustCounted() {
    String label = Extraction.of("受理群众来信45件、来访120件，办结率98%。").fact("98%").indicator();
    assertThat(label).endsWith("办结率").contains("来访");
    assertThat(Extraction.of("全年森林覆盖率达到35%。").fact("35%").indicator()).isEqualTo("森林覆盖率");
  }

  @Test
  void startsOverTheSubjectsBeforeRespectivelyForTheLevelsReached() {
    Extraction e = Extraction.of("孵化器、众创空间分别从12家、20家增加到18家、35家。");
    assertThat(e.fact("18家").indicator()).isEqualTo("孵化器");
    assertThat(e.fact("35家").indicator()).isEqualTo("众创空间");
    assertThat(e.fact("20家").period()).isEqualTo("2022");
    assertThat(e.fact("35家").period()).isEqualTo("2023");
  }

  @Test
  void namesARankKeptByWhatIsRanked() {
    Extraction e = Extraction.of("地区生产总值增长5%、增量保持全省第一。");
    assertThat(e.fact("第一").indicator()).isEqualTo("地区生产总值增量");
  }

  @Test
  void inNewsAChangeAgainstAYearNamedSaysSoInItsLabel() {
    String text = "1-6月，全市工业增加值同比增长8%，比2019年同期增长12%，两年平均增长5.8%。";
    Extraction news = Extraction.of(text).type(DocumentType.NEWS).year(2021);
    assertThat(news.fact("12%").indicator()).isEqualTo("工业增加值比2019年同期");
    assertThat(news.fact("5.8%").indicator()).isEqualTo("工业增加值");
    assertThat(Extraction.of(text).fact("12%").indicator()).isEqualTo("工业增加值");
  }

  @Test
  void aTotalLengthIsOfTheThingsJustCounted() {
    assertThat(Extraction.of("新建城市道路12条，总里程达到30公里。").fact("30公里").indicator())
        .isEqualTo("新建城市道路总里程");
  }

  @Test
  void continuesALabelAcrossASemicolon() {
    Extraction e = Extraction.of("规上工业增加值同比增长5.8%；两年平均增长5.9%。");
    assertThat(e.fact("5.9%").indicator()).isEqualTo("规上工业增加值");
  }

  @Test
  void namesARankAfterWhatIsRanked() {
    Extraction e = Extraction.of("区级财政收入同比增长8.31%，增速位居中心城区第三。");
    assertThat(e.fact("第三").indicator()).isEqualTo("区级财政收入增速");
  }

  // issue 8: a figure opening its clause counts what its predicate speaks of
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "全区12个街道首次全部通过国家卫生街道复审。 | 12个 | 通过国家卫生街道复审的街道",
        "95.2%的社区实现垃圾分类达标。 | 95.2% | 实现垃圾分类达标的社区占比",
        "全区30个居委、5个街道全部完成创建。 | 30个 | 完成创建的居委",
        "全区30个居委、5个街道全部完成创建。 | 5个 | 完成创建的街道",
        "8成企业对营商环境表示满意。 | 8成 | 对营商环境表示满意的企业占比",
      })
  void labelsAFigureOpeningItsClauseByItsPredicate(String sentence, String figure, String label) {
    assertThat(Extraction.of(sentence).fact(figure).indicator()).isEqualTo(label);
  }

  @Test
  void keepsTheNounWhenTheFigureIsAnObject() {
    assertThat(Extraction.of("为全区200户困难老人提供适老化改造。").fact("200户").indicator())
        .endsWith("困难老人提供适老化改造");
    assertThat(Extraction.of("80幢重点楼宇税收落地率稳中有升。").fact("80幢").indicator()).startsWith("重点楼宇税收落地率");
    assertThat(Extraction.of("有9.8%的GDP同比增速。").fact("9.8%").indicator()).doesNotEndWith("占比");
  }
}
