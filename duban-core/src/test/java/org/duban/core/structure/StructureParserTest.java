package org.duban.core.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Random;
import org.duban.core.clean.Cleaner;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.meta.MetadataDetector;
import org.duban.core.split.Article;
import org.duban.core.split.ArticleSplitter;
import org.duban.core.testing.RandomDocument;
import org.duban.core.text.CodePointIndex;
import org.junit.jupiter.api.Test;

class StructureParserTest {

  private static final String REPORT =
      String.join(
          "\n",
          "2024年某某区政府工作报告",
          "——2024年1月16日在某某区第五届人民代表大会第二次会议上",
          "某某区区长 张三",
          "各位代表：",
          "现在，我代表区人民政府，向大会报告工作，请予审议。",
          "一、2023年工作回顾",
          "过去一年，我们坚持稳中求进，全区经济社会保持平稳健康发展。",
          "（一）凝心聚力谋发展，经济向好态势持续巩固。全年地区生产总值增长5.2%。",
          "着力提升重点产业能级。重点产业完成综合税收370亿元，同比增长40%。",
          "着力提升招商服务能级。新设招商服务站5家。",
          "二、2024年主要任务",
          "今年是实现“十四五”规划目标任务的关键一年。建议主要预期目标是：地区生产总值增长5%左右。",
          "（一）全面服务国家战略，进一步提升城区核心竞争力。坚持对接服务国家战略。",
          "深化开放枢纽建设。深入对接总体方案，推动创新案例落地。",
          "内外联动扩大有效需求。加强重大项目投资建设，全年完成投资120亿元。",
          "（二）持续优化营商环境，进一步推动经济高质量发展。聚焦稳存量、促增量。",
          "打造一流营商环境。制定实施优化营商环境方案。",
          "各位代表，让我们更加紧密地团结在一起，为建设美好家园而努力奋斗！");

  private static Structure parse(String text) {
    Article article = new ArticleSplitter().split(new Cleaner().cleanDocument(text)).get(0);
    DocumentMeta meta = new MetadataDetector().detect(article, "doc.txt");
    return new StructureParser().parse(article, meta);
  }

  private static String text(String source) {
    return new Cleaner().clean(source).text();
  }

  @Test
  void buildsTheHeadingTreeOfAWorkReportWithRolesKindsAndLevels() {
    Structure s = parse(REPORT);
    assertThat(s.sections())
        .extracting(Section::level, Section::number, Section::title, Section::role, Section::kind)
        .containsExactly(
            tuple(0, "一", "2023年工作回顾", Role.REVIEW, NodeKind.PART),
            tuple(1, "一", "凝心聚力谋发展，经济向好态势持续巩固", Role.REVIEW, NodeKind.SECTION),
            tuple(2, null, "着力提升重点产业能级", Role.REVIEW, NodeKind.TASK),
            tuple(2, null, "着力提升招商服务能级", Role.REVIEW, NodeKind.TASK),
            tuple(0, "二", "2024年主要任务", Role.PLAN, NodeKind.PART),
            tuple(1, "一", "全面服务国家战略，进一步提升城区核心竞争力", Role.PLAN, NodeKind.SECTION),
            tuple(2, null, "深化开放枢纽建设", Role.PLAN, NodeKind.TASK),
            tuple(2, null, "内外联动扩大有效需求", Role.PLAN, NodeKind.TASK),
            tuple(1, "二", "持续优化营商环境，进一步推动经济高质量发展", Role.PLAN, NodeKind.SECTION),
            tuple(2, null, "打造一流营商环境", Role.PLAN, NodeKind.TASK));
    assertThat(s.sections().get(4).year()).isEqualTo(2024);
    assertThat(s.sections().get(6).year()).isEqualTo(2024);
  }

  @Test
  void tellsTheRoleAtAnyPlaceOfTheText() {
    Structure s = parse(REPORT);
    String text = text(REPORT);
    assertThat(s.roleAt(text.indexOf("370亿元"))).isEqualTo(Role.REVIEW);
    assertThat(s.roleAt(text.indexOf("5%左右"))).isEqualTo(Role.PLAN);
    assertThat(s.roleAt(text.indexOf("120亿元"))).isEqualTo(Role.PLAN);
    assertThat(s.roleAt(text.indexOf("我代表"))).isEqualTo(Role.OTHER);
    assertThat(s.roleAt(text.indexOf("团结在一起"))).as("closing address").isEqualTo(Role.OTHER);
    assertThat(s.enclosing(text.indexOf("120亿元")))
        .extracting(Section::title)
        .containsExactly("2024年主要任务", "全面服务国家战略，进一步提升城区核心竞争力", "内外联动扩大有效需求");
  }

  @Test
  void numbersTheSectionsOfAnAllPlanDocumentFromOneAndAttachesResponsibleUnits() {
    String arrangement =
        String.join(
            "\n",
            "2024年区政府重点工作安排",
            "根据区委工作要求，2024年区政府重点工作具体安排如下：",
            "一、牢牢把握高质量发展主题，推动综合经济实力突破跃升",
            "1.全力推动区域经济稳中有进。全年实现地区生产总值增长5%。（区发改委牵头，区商务委、区财政局配合）",
            "2.高质量开展投资促进工作。全年引进优质项目120个。牵头单位：区投促办；配合单位：各街道。",
            "二、建设安全韧性城市",
            "3.守牢城市安全底线。持续深化隐患排查治理。");
    Structure s = parse(arrangement);
    assertThat(s.sections())
        .extracting(Section::level, Section::number, Section::kind, Section::role)
        .containsExactly(
            tuple(1, "一", NodeKind.PART, Role.PLAN),
            tuple(2, "1", NodeKind.TASK, Role.PLAN),
            tuple(2, "2", NodeKind.TASK, Role.PLAN),
            tuple(1, "二", NodeKind.PART, Role.PLAN),
            tuple(2, "3", NodeKind.TASK, Role.PLAN));
    OutlineBuilder.Outline outline =
        new OutlineBuilder()
            .build(new Cleaner().clean(arrangement), s, CodePointIndex.of(arrangement));
    assertThat(outline.tasks())
        .extracting(t -> t.node().title(), Task::leadUnits, Task::supportingUnits)
        .containsExactly(
            tuple("全力推动区域经济稳中有进", List.of("区发改委"), List.of("区商务委", "区财政局")),
            tuple("高质量开展投资促进工作", List.of("区投促办"), List.of("各街道")),
            tuple("守牢城市安全底线", List.of(), List.of()));
  }

  @Test
  void readsResponsibleUnitsAsDivisionTablesWriteThem() {
    assertThat(ResponsibleUnits.find("推进改革。（省商务厅、省发展改革委等按职责分工负责）"))
        .isEqualTo(new ResponsibleUnits.Units(List.of("省商务厅"), List.of("省发展改革委")));
    assertThat(ResponsibleUnits.find("推进改革。责任单位：区发改委、区财政局。"))
        .isEqualTo(new ResponsibleUnits.Units(List.of("区发改委"), List.of("区财政局")));
    assertThat(ResponsibleUnits.find("推进改革。（区发改委、区商务委牵头，各街道配合）"))
        .isEqualTo(new ResponsibleUnits.Units(List.of("区发改委", "区商务委"), List.of("各街道")));
    assertThat(ResponsibleUnits.find("推进“一网通办”改革（以下简称改革）。"))
        .isEqualTo(new ResponsibleUnits.Units(List.of(), List.of()));
  }

  @Test
  void takesOnlyBoldLeadsWhenTheDocumentMarksItsLeadsInBold() {
    String md =
        String.join(
            "\n\n",
            "## **二、2020年主要任务**",
            "**（一）坚持高质量发展，着力提高经济密度。**",
            "**构建投资促进新体系。**提升招商引资水平。",
            "**打造产业集群新高地。**深入实施产业发展战略。",
            "进一步推进国有资本布局调整。有序推进改革。",
            "**拓展楼宇经济新空间。**统筹做好土地储备。");
    Structure s = parse(md);
    assertThat(s.sections())
        .extracting(Section::title)
        .containsExactly("2020年主要任务", "坚持高质量发展，着力提高经济密度", "构建投资促进新体系", "打造产业集群新高地", "拓展楼宇经济新空间");
  }

  @Test
  void keepsGlossariesAndAttachmentsOutOfThePlan() {
    String report =
        String.join(
            "\n",
            "一、2025年工作回顾",
            "全年地区生产总值增长5.2%，完成年度目标任务。",
            "二、2026年重点工作",
            "（一）扩大有效需求。全年完成投资1000亿元。",
            "名词解释",
            "1.“两新”：指大规模设备更新和消费品以旧换新。",
            "2.“两重”：指国家重大战略实施和重点领域安全能力建设。");
    Structure s = parse(report);
    assertThat(s.sections())
        .extracting(Section::title, Section::role)
        .containsExactly(
            tuple("2025年工作回顾", Role.REVIEW),
            tuple("2026年重点工作", Role.PLAN),
            tuple("扩大有效需求", Role.PLAN),
            tuple("名词解释", Role.OTHER),
            tuple("“两新”", Role.OTHER),
            tuple("“两重”", Role.OTHER));
  }

  @Test
  void anAttachmentTitledWithThisYearsTasksIsPartOfThePlan() {
    String report =
        String.join(
            "\n",
            "2026年某某市政府工作报告",
            "一、2025年工作回顾",
            "全年地区生产总值增长5.2%，完成年度目标任务。",
            "二、2026年重点工作",
            "（一）扩大有效需求。全年完成投资1000亿元。",
            "附件",
            "2026年市十件民生实事",
            "1.新增托位3000个。",
            "2.改造老旧小区120个。");
    Structure s = parse(report);
    assertThat(s.sections())
        .extracting(Section::title, Section::role)
        .contains(tuple("附件", Role.PLAN))
        .doesNotContain(tuple("附件", Role.OTHER));
    assertThat(s.sections().stream().filter(x -> x.title().startsWith("新增托位")))
        .extracting(Section::role)
        .containsExactly(Role.PLAN);
  }

  @Test
  void turnsAPartThatReviewsOnePlanPeriodAndSetsOutTheNextToThePlan() {
    String report =
        String.join(
            "\n",
            "2026年某某市政府工作报告",
            "——2026年1月25日在某某市第十六届人民代表大会第四次会议上",
            "一、2025年工作回顾",
            "全年地区生产总值增长5.2%，完成年度目标任务。",
            "二、“十四五”时期发展成就和“十五五”时期主要目标任务",
            "这五年，我们锐意改革，细颗粒物年均浓度连续五年稳定达标。",
            "“十五五”时期是基本实现现代化的关键时期，到2030年地区生产总值年均增长5%左右。",
            "三、2026年重点工作",
            "（一）扩大有效需求。全年完成投资1000亿元。");
    Structure s = parse(report);
    String text = text(report);
    assertThat(s.roleAt(text.indexOf("连续五年"))).isEqualTo(Role.REVIEW);
    assertThat(s.roleAt(text.indexOf("年均增长5%"))).isEqualTo(Role.PLAN);
    assertThat(s.enclosing(text.indexOf("年均增长5%")))
        .extracting(Section::title)
        .containsExactly("“十四五”时期发展成就和“十五五”时期主要目标任务", "“十五五”时期是基本实现现代化的关键时期");
  }

  @Test
  void findsPartHeadingsRunIntoAPageThatLostItsLineBreaks() {
    String filler = "全区经济社会保持平稳健康发展，各项事业取得新进展。".repeat(30);
    String page =
        "2019年某某区政府工作报告\n2019年某某区政府工作报告全文各位代表：现在，我代表区人民政府报告工作。2019年某某区政府工作报告第一部分一、2018年工作回顾2018年是开局之年，全年地区生产总值增长6.5%。"
            + filler
            + "2019年某某区政府工作报告第二部分二、2019年主要任务今年是关键之年，全年地区生产总值增长6%左右。"
            + filler
            + "\n";
    Structure s = parse(page);
    assertThat(s.sections())
        .extracting(Section::number, Section::title, Section::role)
        .containsExactly(tuple("一", "2018年工作回顾", Role.REVIEW), tuple("二", "2019年主要任务", Role.PLAN));
    String text = text(page);
    assertThat(s.roleAt(text.indexOf("6.5%"))).isEqualTo(Role.REVIEW);
    assertThat(s.roleAt(text.indexOf("6%左右"))).isEqualTo(Role.PLAN);
  }

  @Test
  void doesNotTakeNarrativeSentencesForLeads() {
    String report =
        String.join(
            "\n",
            "二、2024年主要任务",
            "今年是关键之年。我们要坚定信心。",
            "2024年，要坚持稳中求进。全力以赴推动各项工作。",
            "我们将继续努力。推进各项改革。",
            "深化重点领域改革。推进国资国企改革。");
    Structure s = parse(report);
    assertThat(s.sections()).extracting(Section::title).containsExactly("2024年主要任务", "深化重点领域改革");
  }

  @Test
  void neverThrowsOnGarbageAndSectionsStayInsideTheText() {
    Random random = new Random(3);
    for (int round = 0; round < 300; round++) {
      String source = RandomDocument.of(random, random.nextInt(400));
      Article article = new ArticleSplitter().split(new Cleaner().cleanDocument(source)).get(0);
      Structure s =
          new StructureParser().parse(article, new MetadataDetector().detect(article, "x"));
      int length = article.text().length();
      for (Section section : s.sections()) {
        assertThat(section.start()).isBetween(0, length);
        assertThat(section.titleStart()).isBetween(section.start(), length);
        assertThat(section.end()).isBetween(section.start(), length);
        assertThat(section.level()).isBetween(0, 40);
      }
    }
  }
}
