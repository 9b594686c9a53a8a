package org.duban.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.duban.core.clean.Cleaner;
import org.duban.core.testing.RandomDocument;
import org.duban.core.text.MappedText;
import org.junit.jupiter.api.Test;

class ArticleSplitterTest {

  private final Cleaner cleaner = new Cleaner();
  private final ArticleSplitter splitter = new ArticleSplitter();

  @Test
  void splitsAFeedIntoItsArticlesWithTitlesAndDates() {
    String feed =
        String.join(
            "\n",
            "-",
            "【甲区招商】甲区数据中心项目开工",
            "甲区首个大型数据中心项目正式开工建设，建筑面积约25万平方米，设计机架3万个。",
            "2025-07-09",
            "-",
            "【乙区招商】2019年乙区政府工作报告",
            "2019年乙区政府工作报告全文――2019年1月22日乙区第二届人民代表大会第五次会议审议通过。各位代表：现在，我代表乙区人民政府报告工作。",
            "2025-07-08",
            "-",
            "【本市招商】四十家企业与八家银行签约",
            "本市举办政银企对接会，40家企业与8家银行签约，授信约四百三十亿元。",
            "2025-07-07",
            "有想补充的信息?点我投稿");
    String source = feed;
    List<Article> articles = splitter.split(cleaner.cleanDocument(source));
    assertThat(articles)
        .extracting(Article::title)
        .containsExactly("甲区数据中心项目开工", "2019年乙区政府工作报告", "四十家企业与八家银行签约");
    assertThat(articles)
        .extracting(Article::date)
        .containsExactly(
            LocalDate.of(2025, 7, 9), LocalDate.of(2025, 7, 8), LocalDate.of(2025, 7, 7));
    MappedText second = articles.get(1).text();
    assertThat(second.text()).startsWith("【乙区招商】2019年乙区政府工作报告\n").endsWith("2025-07-08");
    assertThat(source.substring(second.toSource(0))).startsWith("【乙区招商】");
  }

  @Test
  void splitsAFeedWithoutSeparatorsWhereEachArticleEndsInItsDate() {
    StringBuilder feed = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      feed.append("第")
          .append(i)
          .append("号新闻标题在这里\n")
          .append("本区新增企业")
          .append(i * 10)
          .append("家，同比增长5%，完成年度目标的一半以上，发展势头良好。\n")
          .append("2025-07-0")
          .append(i)
          .append('\n');
    }
    List<Article> articles = splitter.split(cleaner.cleanDocument(feed.toString()));
    assertThat(articles).hasSize(3);
    assertThat(articles.get(2).title()).isEqualTo("第3号新闻标题在这里");
    assertThat(articles.get(2).date()).isEqualTo(LocalDate.of(2025, 7, 3));
  }

  @Test
  void keepsADocumentWithARuleAndASignatureWhole() {
    String report = "政府工作报告\n一、2019年工作回顾\n全年新增企业120家，地区生产总值增长6%，完成年度目标。\n---\n某区人大秘书处\n2020年1月7日\n";
    List<Article> articles = splitter.split(cleaner.cleanDocument(report));
    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).text().text()).contains("2020年1月7日");
  }

  @Test
  void neverThrowsOnGarbageAndArticlesStayInsideTheText() {
    Random random = new Random(11);
    for (int round = 0; round < 300; round++) {
      String source = RandomDocument.of(random, random.nextInt(300));
      List<Article> articles = splitter.split(cleaner.cleanDocument(source));
      assertThat(articles).isNotEmpty();
      for (Article a : articles) {
        MappedText t = a.text();
        assertThat(t.toSource(0)).isBetween(0, source.length());
        assertThat(t.toSource(t.length())).isBetween(0, source.length());
      }
    }
  }
}
