package org.duban.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.duban.core.testing.RandomDocument;
import org.duban.core.text.MappedText;
import org.junit.jupiter.api.Test;

class CleanerTest {

  private final Cleaner cleaner = new Cleaner();

  @Test
  void dropsForumFurnitureAroundTheBodyButKeepsTitleAndSpeaker() {
    String page =
        String.join(
            "\n",
            "设为首页收藏本站",
            "浏览: 812|回复: 3",
            "[复制链接]",
            "  • 今日心情",
            "    开心",
            "    签到天数: 35 天",
            "    5万",
            "    积分",
            "    发表于 2023-2-1 09:30:11 | 只看该作者",
            "2023年某某区政府工作报告",
            "——2023年1月10日在某某区第五届人民代表大会第二次会议上",
            "某某区区长 张三",
            "各位代表：",
            "现在，我代表区人民政府，向大会报告工作，请予审议。",
            "一、2022年工作回顾",
            "全年地区生产总值增长5%，新增企业120家。",
            "",
            "您需要登录后才可以回帖 登录 | 注册",
            "客服中心",
            "联系电话:",
            "021-12345678",
            "Powered by Forum X3 © 2008-2018",
            "返回顶部 返回列表 快速回复");
    String cleaned = cleaner.clean(page).text();
    assertThat(cleaned)
        .isEqualTo(
            String.join(
                "\n",
                "2023年某某区政府工作报告",
                "——2023年1月10日在某某区第五届人民代表大会第二次会议上",
                "某某区区长 张三",
                "各位代表：",
                "现在，我代表区人民政府，向大会报告工作，请予审议。",
                "一、2022年工作回顾",
                "全年地区生产总值增长5%，新增企业120家。",
                ""));
  }

  @Test
  void keepsANewsItemsOriginalTitleThatOpensWithACount() {
    String page =
        String.join(
            "\n",
            "12个城市一季度客流回升 文旅消费走强",
            "某某财经 2024-04-20",
            "",
            "原标题：12个城市一季度客流回升 文旅消费走强",
            "阅读: 1024",
            "一季度，12个城市接待游客人次同比增长15%。");
    String cleaned = cleaner.clean(page).text();
    assertThat(cleaned).contains("原标题：12个城市一季度客流回升").doesNotContain("阅读");
  }

  @Test
  void dropsNavigationMenusImageNamesAndFormFields() {
    String page =
        String.join(
            "\n",
            "立即报名",
            "官方媒体",
            "公众号",
            "资讯 > 政策解读",
            "浏览量:662 2021-01-14",
            "中共某某区委",
            "关于制定某某区国民经济和社会发展第十四个五年规划的建议",
            "“十四五”时期是全面建设社会主义现代化国家新征程的第一个五年，意义重大。",
            "1.巩固优势产业。全年新增企业100家。",
            "a1b2c3d4-0000-1111.jpeg",
            "点赞",
            "评论",
            "留言咨询",
            "1.错误类:*",
            "2.您的姓名:*");
    String cleaned = cleaner.clean(page).text();
    assertThat(cleaned)
        .startsWith("中共某某区委\n关于制定")
        .endsWith("1.巩固优势产业。全年新增企业100家。\n")
        .doesNotContain("立即报名", "浏览量", "jpeg", "点赞", "错误类");
  }

  @Test
  void keepsASignatureButNotThePrintRunBelowTheBody() {
    String text = "全年地区生产总值增长5%，新增企业120家，完成年度目标任务。\n---\n某某区人民代表大会秘书处\n2020年1月7日\n（共印 1100 份）";
    String cleaned = cleaner.clean(text).text();
    assertThat(cleaned).endsWith("某某区人民代表大会秘书处\n2020年1月7日\n").doesNotContain("共印");
  }

  @Test
  void stripsMarkdownAndRemembersHeadingsAndBoldLeads() {
    String md = "# 政府工作报告\n\n## **二、2024年主要任务**\n\n**深化开放枢纽建设。**全年引进项目120个。\n";
    CleanedText cleaned = cleaner.cleanDocument(md);
    String text = cleaned.text().text();
    assertThat(text).isEqualTo("政府工作报告\n二、2024年主要任务\n深化开放枢纽建设。全年引进项目120个。\n");
    assertThat(cleaned.markup().headingDepth(0)).isEqualTo(1);
    int part = text.indexOf("二、");
    assertThat(cleaned.markup().headingDepth(part)).isEqualTo(2);
    int lead = text.indexOf("深化");
    assertThat(cleaned.markup().leadingBoldEnd(lead)).isEqualTo(text.indexOf("全年"));
    assertThat(md.substring(cleaned.text().toSource(lead))).startsWith("深化开放");
  }

  @Test
  void joinsALineBrokenInsideASentenceAcrossBlankLines() {
    String text =
        "## 一、2019年工作回顾\n\n过去一年，我们在市委的坚强领导下，贯彻落实考察长宁工作重要指\n\n示要求，完成了全年目标任务。\n\n（一）聚焦改革创新\n\n积极对接，扩大开放，\n\n推动发展。\n";
    String cleaned = cleaner.clean(text).text();
    assertThat(cleaned)
        .isEqualTo(
            "一、2019年工作回顾\n过去一年，我们在市委的坚强领导下，贯彻落实考察长宁工作重要指示要求，完成了全年目标任务。\n（一）聚焦改革创新\n积极对接，扩大开放，推动发展。\n");
  }

  @Test
  void joinsLinesWrappedAtAFixedWidthAsInAPdf() {
    String line = "全年地区生产总值增长百分之五左右区级一般公共预算";
    String text =
        String.join(
            "\n",
            "二、2024年主要任务",
            line,
            "收入增长百分之五社会消费品零售总额一千七百亿元全",
            "社会固定资产投资额增长百分之十城镇调查失业率控制",
            "在百分之五以内居民收入增长与经济增长同步推进动能",
            "转换加快发展新质生产力。",
            "一是加快发展数字经济推动数字产业化和产业数字化深",
            "度融合。");
    String cleaned = cleaner.clean(text).text();
    assertThat(cleaned.split("\n")).hasSize(3);
    assertThat(cleaned).contains(line + "收入增长").contains("产业数字化深度融合。");
  }

  @Test
  void dropsSpacesAPdfPutBetweenChineseCharactersOnly() {
    String text = "政 府 工 作 报 告\n长宁区代区长 王岚\n关于1 9 9 8 年政府工作的建议\n新增 18 家母婴设施点，建成绿地3 万平方米。";
    String cleaned = cleaner.clean(text).text();
    assertThat(cleaned)
        .contains("政府工作报告\n")
        .contains("长宁区代区长 王岚\n")
        .contains("关于1998年政府工作的建议\n")
        .contains("新增 18 家母婴设施点");
  }

  @Test
  void everyKeptCharacterComesFromTheSameCharacterOfTheSource() {
    String source =
        "查看: 69|回复: 0\r\n\r\n## **一、2023年工作回顾**\r\n\r\n  　全年新增企业 1 2 0 家，增长5%。**着力提升能级。**推进[项目](http://x.cn)建设。\r\n";
    MappedText cleaned = cleaner.clean(source);
    String text = cleaned.text();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != '\n') {
        assertThat(source.charAt(cleaned.toSource(i))).as("char %d", i).isEqualTo(text.charAt(i));
      }
    }
    assertThat(text).contains("一、2023年工作回顾\n").contains("着力提升能级。推进项目建设。");
  }

  @Test
  void neverThrowsOnGarbageAndKeepsOffsetsInsideTheSource() {
    Random random = new Random(4);
    for (int round = 0; round < 300; round++) {
      String source = RandomDocument.of(random, random.nextInt(400));
      CleanedText cleaned = cleaner.cleanDocument(source);
      MappedText text = cleaned.text();
      for (int i = 0; i <= text.length(); i++) {
        assertThat(text.toSource(i)).isBetween(0, source.length());
      }
      for (int i = 0; i < text.length(); i++) {
        assertThat(text.toSourceEnd(i + 1)).isBetween(1, source.length());
      }
    }
  }

  @Test
  void costStaysLinearOnOneVeryLongLine() {
    String line = "全年新增企业120家，增长5%，".repeat(200_000) + "\n";
    long start = System.nanoTime();
    MappedText cleaned = cleaner.clean(line);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(cleaned.length()).isEqualTo(line.length());
    assertThat(millis).as("milliseconds for %d characters", line.length()).isLessThan(3000);
  }
}
