package org.duban.core.structure;

import java.util.ArrayList;
import java.util.List;
import org.duban.core.lexicon.LexiconFile;

/**
 * Reads the units a task names as responsible: "牵头单位：区发改委；配合单位：区商务委、区财政局", or a trailing
 * parenthesis as in task-division tables, "（区发改委牵头，区商务委、区财政局配合）", where the lead unit comes first.
 */
final class ResponsibleUnits {

  private static final int MAX_PARENTHESIS = 120;
  private static final int MAX_UNIT = 20;

  /** The lead and supporting units named, each in the order written. */
  record Units(List<String> lead, List<String> supporting) {}

  private static final class Holder {
    static final List<String> SUFFIXES =
        LexiconFile.lines(ResponsibleUnits.class, "unit-suffixes.txt");
  }

  private ResponsibleUnits() {}

  static Units find(String body) {
    List<String> lead = new ArrayList<>();
    List<String> supporting = new ArrayList<>();
    labelled(body, lead, supporting);
    if (lead.isEmpty() && supporting.isEmpty()) {
      trailingParenthesis(body, lead, supporting);
    }
    return new Units(lead, supporting);
  }

  /** "牵头单位：…", "责任单位：…", "配合单位：…" up to the end of their clause. */
  private static void labelled(String body, List<String> lead, List<String> supporting) {
    String[][] labels = {
      {"牵头单位", "lead"},
      {"责任单位", "lead"},
      {"牵头部门", "lead"},
      {"责任部门", "lead"},
      {"配合单位", "supporting"},
      {"协同单位", "supporting"},
      {"配合部门", "supporting"}
    };
    for (String[] label : labels) {
      int i = body.indexOf(label[0]);
      if (i < 0) {
        continue;
      }
      int from = i + label[0].length();
      if (from < body.length() && (body.charAt(from) == '：' || body.charAt(from) == ':')) {
        from++;
      }
      int to = from;
      while (to < body.length() && "；;。）)\n".indexOf(body.charAt(to)) < 0) {
        to++;
      }
      List<String> units = units(body.substring(from, to));
      if (label[0].startsWith("责任") && !units.isEmpty()) {
        // a list of responsible units names its lead first
        lead.add(units.get(0));
        supporting.addAll(units.subList(1, units.size()));
      } else {
        (label[1].equals("lead") ? lead : supporting).addAll(units);
      }
    }
  }

  private static void trailingParenthesis(String body, List<String> lead, List<String> supporting) {
    String s = body.strip();
    while (!s.isEmpty() && "。；;".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty() || (s.charAt(s.length() - 1) != '）' && s.charAt(s.length() - 1) != ')')) {
      return;
    }
    int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
    if (open < 0 || s.length() - open > MAX_PARENTHESIS) {
      return;
    }
    String inside = s.substring(open + 1, s.length() - 1);
    boolean marked = false;
    for (String clause : inside.split("[，,；;]")) {
      String c = clause.strip();
      if (c.endsWith("牵头") || c.endsWith("主责")) {
        lead.addAll(units(verbless(c)));
        marked = true;
      } else if (c.endsWith("负责")) {
        // "省商务厅、省发展改革委等按职责分工负责": the first named leads
        List<String> named = units(verbless(c));
        if (!named.isEmpty()) {
          lead.add(named.get(0));
          supporting.addAll(named.subList(1, named.size()));
        }
        marked = true;
      } else if (c.endsWith("配合") || c.endsWith("参与") || c.endsWith("协同") || c.endsWith("协助")) {
        supporting.addAll(units(verbless(c)));
        marked = true;
      }
    }
    if (!marked) {
      List<String> all = units(inside);
      if (!all.isEmpty() && all.size() == inside.split("[、，,]").length) {
        lead.add(all.get(0));
        supporting.addAll(all.subList(1, all.size()));
      }
    }
  }

  /** "区商务委、区财政局按职责分工负责" without its verb: "区商务委、区财政局". */
  private static String verbless(String clause) {
    String c = clause;
    for (String verb : new String[] {"牵头", "负责", "主责", "配合", "参与", "协同", "协助"}) {
      if (c.endsWith(verb)) {
        c = c.substring(0, c.length() - verb.length());
        break;
      }
    }
    int split = c.indexOf("按职责");
    if (split < 0) {
      split = c.indexOf("分别");
    }
    return split >= 0 ? c.substring(0, split) : c;
  }

  /** The unit names in a list such as "区商务委、区财政局等", keeping only names of units. */
  private static List<String> units(String list) {
    List<String> units = new ArrayList<>();
    for (String part : list.split("[、，,和及]")) {
      String u = part.strip();
      if (u.endsWith("等")) {
        u = u.substring(0, u.length() - 1);
      }
      if (isUnit(u)) {
        units.add(u);
      }
    }
    return units;
  }

  private static boolean isUnit(String u) {
    if (u.length() < 2 || u.length() > MAX_UNIT) {
      return false;
    }
    for (String suffix : Holder.SUFFIXES) {
      if (u.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }
}
