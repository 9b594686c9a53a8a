package org.duban.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.duban.core.clean.Cleaner;
import org.duban.core.split.Article;
import org.duban.core.split.ArticleSplitter;
import org.duban.core.testing.RandomDocument;
import org.junit.jupiter.api.Test;

class MetadataDetectorTest {

  private final MetadataDetector detector = new MetadataDetector();

  private DocumentMeta meta(String text) {
    List<Article> articles = new ArticleSplitter().split(new Cleaner().cleanDocument(text));
    return detector.detect(articles.get(0), "doc.txt");
  }

  @Test
  void readsADistrictWorkReport() {
    DocumentMeta m =
        meta(
            "2024年上海市长宁区政府工作报告\n——2024年1月16日在长宁区第十七届人民代表大会第五次会议上\n长宁区区长   侯继军\n各位代表：\n"
                + "现在，我代表长宁区人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n全年新增企业120家。\n");
    assertThat(m.title()).isEqualTo("2024年上海市长宁区政府工作报告");
    assertThat(m.type()).isEqualTo(DocumentType.WORK_REPORT);
    assertThat(m.jurisdiction()).isEqualTo("长宁区");
    assertThat(m.level()).isEqualTo(JurisdictionLevel.DISTRICT);
    assertThat(m.year()).isEqualTo(2024);
    assertThat(m.date()).isEqualTo(LocalDate.of(2024, 1, 16));
    assertThat(m.issuer()).isEqualTo("长宁区区长 侯继军");
  }

  @Test
  void readsAReportWhoseTitleNamesNoPlaceNorYear() {
    DocumentMeta m =
        meta(
            "政 府 工 作 报 告\n—2020年1月7日在某某区第十六届\n人民代表大会第五次会议上\n某某区代区长 王五\n各位代表：\n"
                + "现在，我代表某某区人民政府，向大会报告工作，请予审议。\n");
    assertThat(m.title()).isEqualTo("2020年某某区政府工作报告");
    assertThat(m.type()).isEqualTo(DocumentType.WORK_REPORT);
    assertThat(m.jurisdiction()).isEqualTo("某某区");
    assertThat(m.level()).isEqualTo(JurisdictionLevel.DISTRICT);
    assertThat(m.year()).isEqualTo(2020);
    assertThat(m.issuer()).isEqualTo("某某区代区长 王五");
  }

  @Test
  void readsTheStateCouncilsReportAsNational() {
    DocumentMeta m =
        meta(
            "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理\n李　强\n各位代表：\n"
                + "现在，我代表国务院，向大会报告政府工作，请予审议。\n");
    assertThat(m.jurisdiction()).isEqualTo("全国");
    assertThat(m.level()).isEqualTo(JurisdictionLevel.NATIONAL);
    assertThat(m.issuer()).isEqualTo("国务院总理 李强");
    assertThat(m.year()).isEqualTo(2024);
  }

  @Test
  void takesAReportWithoutHeaderFromItsOpeningAddress() {
    DocumentMeta m = meta("各位代表：\n现在，我代表国务院向大会作政府工作报告，请予审议。\n一、1991年国内工作的回顾\n国民生产总值比上年增长百分之七。\n");
    assertThat(m.type()).isEqualTo(DocumentType.WORK_REPORT);
    assertThat(m.jurisdiction()).isEqualTo("全国");
    assertThat(m.year()).isEqualTo(1992);
  }

  @Test
  void treatsMunicipalitiesAndAutonomousRegionsAsProvinces() {
    assertThat(meta("2026年上海市政府工作报告\n上海市市长 龚 正\n各位代表：\n").level())
        .isEqualTo(JurisdictionLevel.PROVINCE);
    DocumentMeta m = meta("2026年内蒙古自治区政府工作报告\n自治区人民政府主席 包钢\n各位代表：\n");
    assertThat(m.jurisdiction()).isEqualTo("内蒙古自治区");
    assertThat(m.level()).isEqualTo(JurisdictionLevel.PROVINCE);
    assertThat(m.issuer()).isEqualTo("自治区人民政府主席 包钢");
  }

  @Test
  void readsAKeyWorkArrangementIssuedByANotice() {
    DocumentMeta m =
        meta(
            "区政府各委、办、局，各街道办事处：\n现将《2024年区政府重点工作安排》印发给你们，请认真分解，落实责任。\n上海市静安区人民政府\n2024年3月8日\n"
                + "2024年区政府重点工作安排\n一、牢牢把握高质量发展主题\n1.全力推动区域经济稳中有进。\n");
    assertThat(m.title()).isEqualTo("2024年区政府重点工作安排");
    assertThat(m.type()).isEqualTo(DocumentType.KEY_WORK_ARRANGEMENT);
    assertThat(m.jurisdiction()).isEqualTo("静安区");
    assertThat(m.year()).isEqualTo(2024);
    assertThat(m.date()).isEqualTo(LocalDate.of(2024, 3, 8));
    assertThat(m.issuer()).isEqualTo("上海市静安区人民政府");
  }

  @Test
  void readsAFiveYearPlanProposalAsAboutThePlansFirstYear() {
    DocumentMeta m =
        meta(
            "中共上海市长宁区委\n关于制定长宁区国民经济\n\n和社会发展第十四个五年规划和\n\n二〇三五年远景目标的建议\n"
                + "(2020年11月30日中国共产党上海市长宁区第十届委员会第十一次全体会议通过)\n“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。\n");
    assertThat(m.title()).isEqualTo("关于制定长宁区国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议");
    assertThat(m.type()).isEqualTo(DocumentType.FIVE_YEAR_PLAN);
    assertThat(m.year()).isEqualTo(2021);
    assertThat(m.date()).isEqualTo(LocalDate.of(2020, 11, 30));
    assertThat(m.issuer()).isEqualTo("中共上海市长宁区委");
    assertThat(m.jurisdiction()).isEqualTo("长宁区");
  }

  @Test
  void readsAPolicyNoticeAndItsIssuingBody() {
    DocumentMeta m =
        meta(
            "包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法》的通知\n包府办发〔2022〕43号\n各旗、县、区人民政府：\n现将办法印发给你们，请认真贯彻执行。\n2022年4月14日\n");
    assertThat(m.type()).isEqualTo(DocumentType.POLICY);
    assertThat(m.jurisdiction()).isEqualTo("包头市");
    assertThat(m.level()).isEqualTo(JurisdictionLevel.CITY);
    assertThat(m.year()).isEqualTo(2022);
    assertThat(m.issuer()).isEqualTo("包头市人民政府办公室");
  }

  @Test
  void readsNews() {
    DocumentMeta m =
        meta(
            "1-2月广东经济数据出炉：工业、投资、消费同比增长均超三成\n新浪财经 2021-03-24\n原标题：1-2月广东经济数据出炉\n1-2月，广东规模以上工业增加值同比增长44.6%。\n");
    assertThat(m.type()).isEqualTo(DocumentType.NEWS);
    assertThat(m.jurisdiction()).isEqualTo("广东省");
    assertThat(m.date()).isEqualTo(LocalDate.of(2021, 3, 24));
    assertThat(m.year()).isEqualTo(2021);
    assertThat(meta("29省份公布今年GDP增速目标\n财联社 2022-01-24\n截至1月23日，29个省份公布了增长目标。\n").jurisdiction())
        .isEqualTo("全国");
  }

  @Test
  void findsNoPlaceInAGovernmentBodyNamedWithoutOne() {
    DocumentMeta m = meta("2024年区政府重点工作安排\n根据区委工作要求，按照区人民政府部署，具体安排如下：\n一、牢牢把握高质量发展主题\n");
    assertThat(m.jurisdiction()).isNull();
    assertThat(m.level()).isEqualTo(JurisdictionLevel.UNKNOWN);
  }

  @Test
  void buildsTheTitleOfAnUntitledStateCouncilReport() {
    DocumentMeta m =
        meta("各位代表：\n现在，我代表国务院，向第九届全国人民代表大会第二次会议作政府工作报告，请予审议。\n" + "一、过去一年的工作\n我国经济保持平稳增长。\n");
    assertThat(m.title()).isEqualTo("1999年国务院政府工作报告");
    assertThat(m.type()).isEqualTo(DocumentType.WORK_REPORT);
    assertThat(m.jurisdiction()).isEqualTo("全国");
    assertThat(m.year()).isEqualTo(1999);
  }

  @Test
  void joinsATypeWordTheLayoutBrokeOverTwoLines() {
    DocumentMeta m =
        meta("南湖市政府工作报\n告\n——2021年1月20日在南湖市第十届人民代表大会第五次会议上\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n");
    assertThat(m.title()).isEqualTo("南湖市政府工作报告");
    assertThat(m.type()).isEqualTo(DocumentType.WORK_REPORT);
  }

  @Test
  void doesNotTakeAPhotoCreditForTheHeading() {
    DocumentMeta m =
        meta(
            "会场全景。 本报记者 王明 摄\n政府工作报告\n（2025年1月20日在云岭省第十四届人民代表大会第三次会议上）\n"
                + "省长 张三\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n");
    assertThat(m.type()).isEqualTo(DocumentType.WORK_REPORT);
    assertThat(m.date()).isEqualTo(LocalDate.of(2025, 1, 20));
  }

  @Test
  void takesNoHeadingBelowTheAddressForTheTitle() {
    DocumentMeta m = meta("各位代表：\n现在，我代表国务院，作关于第七个五年计划的报告，请大会审议。\n第七个五年计划的基本任务\n一九八五年我国经济增长较快。\n");
    assertThat(m.type()).isEqualTo(DocumentType.WORK_REPORT);
    assertThat(m.title()).isEqualTo("1986年国务院政府工作报告");
  }

  @Test
  void readsTheSessionAReportInTraditionalCharactersIsMadeTo() {
    DocumentMeta m =
        meta("各位代表：\n我們第一届全國人民代表大會第一次會議，已經完成了各項議程。\n現在，我代表中央人民政府作工作報告。\n我國的建設取得了成績。\n");
    assertThat(m.year()).isEqualTo(1954);
    assertThat(m.jurisdiction()).isEqualTo("全国");
  }

  @Test
  void readsTheYearAfterASessionCalledLastYear() {
    DocumentMeta m = meta("各位代表：\n现在，我代表国务院向大会报告工作。\n一、经济形势\n" + "按照去年八届人大五次会议的部署，各地加强了宏观调控。\n");
    assertThat(m.year()).isEqualTo(1998);
  }

  @Test
  void readsAReviewOfTheCongresssTermAsTheReportToTheNextCongress() {
    DocumentMeta m = meta("五年来，我国各族人民团结奋斗。\n从第七届全国人民代表大会第一次会议以来，国民经济持续发展。\n");
    assertThat(m.type()).isEqualTo(DocumentType.WORK_REPORT);
    assertThat(m.year()).isEqualTo(1993);
    assertThat(m.title()).isEqualTo("1993年国务院政府工作报告");
  }

  @Test
  void namesAJurisdictionByItsShortFormInFull() {
    DocumentMeta m = meta("阿坝州人民政府办公室关于印发《政务数据管理办法》的通知\n各县（市）人民政府：\n现印发给你们。\n");
    assertThat(m.jurisdiction()).isEqualTo("阿坝藏族羌族自治州");
    assertThat(m.level()).isEqualTo(JurisdictionLevel.CITY);
  }

  @Test
  void neverThrowsOnGarbage() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      DocumentMeta m = meta(RandomDocument.of(random, random.nextInt(300)));
      assertThat(m.type()).isNotNull();
      assertThat(m.level()).isNotNull();
    }
  }
}
