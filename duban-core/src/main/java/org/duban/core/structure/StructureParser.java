package org.duban.core.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.meta.DocumentType;
import org.duban.core.split.Article;

/**
 * Finds an article's headings and tasks and the role of each. Headings of one numbering style are
 * siblings; a style seen for the first time nests under the style before it (一、 then （一） then 1.).
 * Lead sentences and "一是" items are always tasks. A part's role comes from its heading's words and
 * year; sections and tasks inherit it.
 */
public final class StructureParser {

  private static final String CLOSING = "各位代表";

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
    Role[] roles = roles(headings, parent, meta);
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
    return new Structure(sections);
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
      for (int j : open) {
        ends[j] = Math.max(headings.get(j).paragraphEnd(), bodyEnd);
      }
    }
  }

  /**
   * Without the lead sentences that open a part before its numbered sections ("今年是…开局之年。"): they
   * introduce the part, the sections hold its tasks.
   */
  private static List<Heading> withoutIntroductions(List<Heading> headings, String text) {
    Tree tree = new Tree(headings, text);
    int n = headings.size();
    boolean[] numberedChildAfter = new boolean[n + 1];
    boolean[] drop = new boolean[n];
    boolean any = false;
    // walking backwards, remember for each parent whether a numbered child is still to come
    for (int i = n - 1; i >= 0; i--) {
      int p = tree.parent[i] + 1;
      if (headings.get(i).style().equals(Heading.LEAD)) {
        drop[i] = numberedChildAfter[p];
        any |= drop[i];
      } else if (!headings.get(i).leaf()) {
        numberedChildAfter[p] = true;
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

  private static Role[] roles(List<Heading> headings, int[] parent, DocumentMeta meta) {
    int n = headings.size();
    Role[] roles = new Role[n];
    Role previousTop = null;
    for (int i = 0; i < n; i++) {
      Heading h = headings.get(i);
      RoleCues.Cue cue = h.leaf() ? RoleCues.Cue.NONE : RoleCues.of(h.title());
      if (h.style().equals(Heading.BACK)) {
        roles[i] = Role.OTHER;
      } else if (parent[i] < 0) {
        roles[i] = topRole(h, cue, previousTop, meta);
        previousTop = roles[i];
      } else if (headings.get(parent[i]).style().equals(Heading.BACK)) {
        roles[i] = Role.OTHER;
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
