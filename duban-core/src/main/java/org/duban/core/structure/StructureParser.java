package org.duban.core.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.split.Article;

/** Finds an article's headings and tasks and the role of each. */
public final class StructureParser {

  private static final Pattern PART =
      Pattern.compile("(?m)^[#\\s*]*([一二三四五六七八九十]+)、\\s*(.+?)\\s*\\**$");

  public Structure parse(Article article, DocumentMeta meta) {
    String text = article.text().text();
    List<int[]> starts = new ArrayList<>();
    List<String[]> heads = new ArrayList<>();
    Matcher m = PART.matcher(text);
    while (m.find()) {
      starts.add(new int[] {m.start(1), m.start(2)});
      heads.add(new String[] {m.group(1), m.group(2)});
    }
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
      String title = heads.get(i)[1];
      sections.add(
          new Section(
              0,
              heads.get(i)[0],
              title,
              starts.get(i)[1],
              starts.get(i)[0],
              end,
              roleOf(title),
              NodeKind.PART));
    }
    return new Structure(sections);
  }

  private static Role roleOf(String title) {
    if (title.contains("回顾") || title.contains("成就")) {
      return Role.REVIEW;
    }
    if (title.contains("任务") || title.contains("安排") || title.contains("目标")) {
      return Role.PLAN;
    }
    return Role.OTHER;
  }
}
