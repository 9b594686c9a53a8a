package org.duban.core.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.meta.DocumentType;
import org.duban.core.meta.FiveYearPlans;
import org.duban.core.split.Article;

/**
 * Finds an article's headings and tasks and the role of each. Headings of one numbering style are
 * siblings; a style seen for the first time nests under the style before it (一、 then （一） then 1.).
 * Lead sentences and "一是" items are always tasks. A part's role comes from its heading's words and
 * year; sections and tasks inherit it.
 */
public final class StructureParser {

  private static final String CLOSING = "各位代表";
  private static final int TURN_WINDOW = 12;

  public Structure parse(Article article, DocumentMeta meta) {
    String text = article.text().text();
    List<Heading> headings = HeadingFinder.find(text, article.markup());
    if (headings.isEmpty()) {
      return new Structure(List.of());
    }
    headings = withoutIntroductions(headings, text);
    Tree tree = new Tree(headings, text);
    int n = headings.size();
    int[] depth = tree.depth;
    int[] parent = tree.parent;
    int[] ends = tree.ends;
    Role[] roles = roles(headings, parent, meta, text);
    List<Section> turns = new ArrayList<>();
    Integer docYear = meta == null ? null : meta.year();
    for (int i = 0; i < n; i++) {
      if (parent[i] < 0 && RoleCues.isMixed(headings.get(i).title())) {
        Section turn = turnToPlan(text, headings, i, ends[i], docYear);
        if (turn != null) {
          roles[i] = Role.REVIEW;
          for (int j = i + 1; j < n && headings.get(j).start() < ends[i]; j++) {
            boolean after = headings.get(j).start() >= turn.start();
            roles[j] = after ? Role.PLAN : Role.REVIEW;
            if (!after) {
              ends[j] = Math.min(ends[j], Math.max(headings.get(j).start(), turn.start() - 1));
            }
          }
          turns.add(
              new Section(
                  depth[i] + 1,
                  null,
                  turn.title(),
                  turn.start(),
                  turn.start(),
                  ends[i],
                  Role.PLAN,
                  NodeKind.SECTION,
                  turn.year()));
        }
      }
    }
    boolean allPlan = true;
    boolean[] hasChild = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (parent[i] < 0 && !headings.get(i).style().equals(Heading.BACK)) {
        allPlan &= roles[i] == Role.PLAN;
      }
      if (parent[i] >= 0) {
        hasChild[parent[i]] = true;
      }
    }
    int offset = allPlan ? 1 : 0;
    Integer[] years = new Integer[n];
    List<Section> sections = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Heading h = headings.get(i);
      Integer year = yearOf(h.title());
      years[i] = year != null ? year : parent[i] >= 0 ? years[parent[i]] : null;
      NodeKind kind =
          h.leaf() || (!hasChild[i] && depth[i] > 0)
              ? NodeKind.TASK
              : depth[i] == 0 ? NodeKind.PART : NodeKind.SECTION;
      sections.add(
          new Section(
              depth[i] + offset,
              h.number(),
              h.title(),
              h.titleStart(),
              h.start(),
              ends[i],
              roles[i],
              kind,
              years[i]));
    }
    if (!turns.isEmpty()) {
      for (Section t : turns) {
        sections.add(
            new Section(
                t.level() + offset,
                null,
                t.title(),
                t.titleStart(),
                t.start(),
                t.end(),
                t.role(),
                t.kind(),
                t.year()));
      }
      sections.sort(java.util.Comparator.comparingInt(Section::start));
    }
    return new Structure(sections);
  }

  /**
   * Where a part that looks back and ahead ("“十四五”时期发展成就和“十五五”时期主要目标任务") turns to the plan: the
   * first paragraph that opens with the coming plan period ("“十五五”时期是…") or with the proposal the
   * plan follows ("根据《…五年规划的建议》"). Returns that paragraph as an unnumbered section, or null.
   */
  private static Section turnToPlan(
      String text, List<Heading> headings, int part, int partEnd, Integer docYear) {
    int from = headings.get(part).paragraphEnd() + 1;
    while (from < partEnd) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 || nl > partEnd ? partEnd : nl;
      String opening = text.substring(from, Math.min(to, from + TURN_WINDOW));
      Integer plan =
          FiveYearPlans.firstYear(opening.startsWith("“") ? opening.substring(1) : opening);
      boolean comingPlan =
          docYear != null && plan != null && plan >= docYear && opening.indexOf('十') <= 1;
      boolean proposal = opening.startsWith("根据《") && text.substring(from, to).contains("五年规划");
      if (comingPlan || proposal) {
        int end = from;
        while (end < to && "。，；：".indexOf(text.charAt(end)) < 0) {
          end++;
        }
        return new Section(
            0,
            null,
            text.substring(from, end),
            from,
            from,
            partEnd,
            Role.PLAN,
            NodeKind.SECTION,
            plan);
      }
      from = to + 1;
    }
    return null;
  }

  /** The nesting of headings: each one's depth, parent and end. */
  private static final class Tree {
    final int[] depth;
    final int[] parent;
    final int[] ends;

    Tree(List<Heading> headings, String text) {
      int n = headings.size();
      depth = new int[n];
      parent = new int[n];
      ends = new int[n];
      Map<String, Integer> rank = new HashMap<>();
      List<Integer> open = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Heading h = headings.get(i);
        int r = rankOf(h, rank);
        // a heading closes the open nodes of its own rank or below
        while (!open.isEmpty() && rankOf(headings.get(open.get(open.size() - 1)), rank) >= r) {
          ends[open.remove(open.size() - 1)] = Math.max(0, h.start() - 1);
        }
        depth[i] = open.size();
        parent[i] = open.isEmpty() ? -1 : open.get(open.size() - 1);
        open.add(i);
      }
      int bodyEnd = n == 0 ? text.length() : bodyEnd(text, headings.get(n - 1).paragraphEnd());
      while (bodyEnd > 0 && text.charAt(bodyEnd - 1) == '\n') {
        bodyEnd--;
      }
      for (int j : open) {
        ends[j] = Math.max(headings.get(j).paragraphEnd(), bodyEnd);
      }
    }
  }

  /**
   * Without the lead sentence that opens a part before its numbered sections
   * ("履行使命、开创新局，加强政府自身建设至关重要。"): a single lead introduces the part, the sections hold its tasks.
   * Several leads before a numbered list are tasks of their own.
   */
  private static List<Heading> withoutIntroductions(List<Heading> headings, String text) {
    Tree tree = new Tree(headings, text);
    int n = headings.size();
    boolean[] drop = new boolean[n];
    boolean any = false;
    for (int i = 0; i + 1 < n; i++) {
      Heading h = headings.get(i);
      Heading next = headings.get(i + 1);
      boolean first = i == 0 || tree.parent[i] == i - 1;
      if (first
          && h.style().equals(Heading.LEAD)
          && !next.leaf()
          && tree.parent[i + 1] == tree.parent[i]) {
        drop[i] = true;
        any = true;
      }
    }
    if (!any) {
      return headings;
    }
    List<Heading> kept = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (!drop[i]) {
        kept.add(headings.get(i));
      }
    }
    return kept;
  }

  private static int rankOf(Heading h, Map<String, Integer> rank) {
    if (h.style().equals(Heading.BACK)) {
      return -1;
    }
    return h.leaf() ? Integer.MAX_VALUE : rank.computeIfAbsent(h.style(), k -> rank.size());
  }

  /** The end of the body: before the closing address ("各位代表，…") that follows the last node. */
  private static int bodyEnd(String text, int lastParagraphEnd) {
    int end = text.length();
    int from = lastParagraphEnd + 1;
    while (from < text.length()) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl;
      if (text.startsWith(CLOSING, from)) {
        return Math.max(lastParagraphEnd, from - 1);
      }
      from = to + 1;
    }
    return end;
  }

  private static Role[] roles(
      List<Heading> headings, int[] parent, DocumentMeta meta, String text) {
    int n = headings.size();
    Role[] roles = new Role[n];
    Role previousTop = null;
    for (int i = 0; i < n; i++) {
      Heading h = headings.get(i);
      RoleCues.Cue cue = h.leaf() ? RoleCues.Cue.NONE : RoleCues.of(h.title());
      if (h.style().equals(Heading.BACK)) {
        roles[i] = attachmentRole(h, text, meta);
      } else if (parent[i] < 0) {
        roles[i] = topRole(h, cue, previousTop, meta);
        previousTop = roles[i];
      } else if (headings.get(parent[i]).style().equals(Heading.BACK)) {
        roles[i] = roles[parent[i]];
      } else {
        roles[i] = innerRole(cue, roles[parent[i]]);
      }
    }
    return roles;
  }

  /**
   * A section keeps its part's role unless its heading plainly looks back (回顾, 成就), or the part has
   * no role and the heading names one.
   */
  private static Role innerRole(RoleCues.Cue cue, Role inherited) {
    if (cue == RoleCues.Cue.REVIEW) {
      return Role.REVIEW;
    }
    if (inherited == Role.OTHER && cue != RoleCues.Cue.NONE) {
      return cue.isReview() ? Role.REVIEW : Role.PLAN;
    }
    return inherited;
  }

  /**
   * An attachment (附件) is back matter unless the title on its first line names a year: a work
   * report's “2026年民生实事” lists this year's tasks, a “2025年…完成情况” last year's results.
   */
  private static Role attachmentRole(Heading h, String text, DocumentMeta meta) {
    Integer docYear = meta == null ? null : meta.year();
    int start = h.paragraphEnd();
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = text.indexOf('\n', start);
    String title = text.substring(start, end < 0 ? text.length() : end);
    Integer year = title.length() <= MAX_ATTACHMENT_TITLE ? yearOf(title) : null;
    if (year == null || docYear == null) {
      return Role.OTHER;
    }
    return year < docYear ? Role.REVIEW : Role.PLAN;
  }

  private static final int MAX_ATTACHMENT_TITLE = 40;

  private static Role topRole(Heading h, RoleCues.Cue cue, Role previous, DocumentMeta meta) {
    Integer year = yearOf(h.title());
    Integer docYear = meta == null ? null : meta.year();
    if (year != null && docYear != null) {
      return year < docYear ? Role.REVIEW : Role.PLAN;
    }
    if (cue != RoleCues.Cue.NONE) {
      return cue.isReview() ? Role.REVIEW : Role.PLAN;
    }
    DocumentType type = meta == null ? DocumentType.OTHER : meta.type();
    return switch (type) {
      case KEY_WORK_ARRANGEMENT, FIVE_YEAR_PLAN, POLICY -> Role.PLAN;
      case WORK_REPORT -> previous == null ? Role.REVIEW : Role.PLAN;
      default -> previous == null ? Role.OTHER : previous;
    };
  }

  /** The first year a title names ("2024年主要任务"), or null. */
  static Integer yearOf(String title) {
    for (int i = 0; i + 4 < title.length(); i++) {
      if (title.charAt(i + 4) != '年') {
        continue;
      }
      int y = 0;
      boolean ok = i == 0 || !Character.isDigit(title.charAt(i - 1));
      for (int k = i; k < i + 4 && ok; k++) {
        char c = title.charAt(k);
        ok = c >= '0' && c <= '9';
        y = y * 10 + (c - '0');
      }
      if (ok && y >= 1900 && y <= 2100) {
        return y;
      }
    }
    return null;
  }
}
