package org.duban.core.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.duban.core.lexicon.LexiconFile;
import org.duban.core.text.Texts;

/**
 * Reads the units a task names as responsible, lead first: labelled lists ("牵头单位：市审批服务局；配合单位：…",
 * "责任单位：区发改委、区财政局") and the parentheses of task-division tables, wherever they close a sentence of
 * the task ("（合肥海关牵头，省贸促会、省商务厅按职责分工配合）", "（省商务厅负责）", "（区发改委、区商务委）"). A unit name keeps the 和 and 及
 * inside it (省经济和信息化厅); a list splits at them only between whole unit names.
 */
final class ResponsibleUnits {

  private static final int MAX_PARENTHESIS = 160;
  private static final int MAX_UNIT = 32;
  private static final String LIST_MARKS = "、，,";
  private static final String JOINERS = "和及与";
  private static final Pattern ASIDES = Pattern.compile("包括|含|如|即|指|例如|其中");
  private static final String[] DUTY_QUALIFIERS = {"按职责分工", "按职责", "分别", "共同", "具体"};

  /** The lead and supporting units named, each in the order written, each named once. */
  record Units(List<String> lead, List<String> supporting) {}

  private enum Duty {
    LEAD,
    SHARED,
    SUPPORT,
    RESPONSIBLE
  }

  private static final class Holder {
    static final List<String> SUFFIXES =
        LexiconFile.lines(ResponsibleUnits.class, "unit-suffixes.txt");
    static final List<String[]> VERBS = rows("responsibility-verbs.tsv");
    static final List<String[]> LABELS = rows("unit-labels.tsv");

    private static List<String[]> rows(String name) {
      List<String[]> rows = new ArrayList<>();
      for (String line : LexiconFile.lines(ResponsibleUnits.class, name)) {
        rows.add(line.split("\t"));
      }
      return List.copyOf(rows);
    }
  }

  private ResponsibleUnits() {}

  static Units find(String body) {
    Set<String> lead = new LinkedHashSet<>();
    Set<String> supporting = new LinkedHashSet<>();
    labelled(body, lead, supporting);
    if (lead.isEmpty() && supporting.isEmpty()) {
      parentheses(body, lead, supporting);
    }
    return new Units(List.copyOf(lead), List.copyOf(supporting));
  }

  /** "牵头单位：…", "责任单位：…", "配合单位：…" up to the end of their clause or the next label. */
  private static void labelled(String body, Set<String> lead, Set<String> supporting) {
    for (String[] label : Holder.LABELS) {
      int i = body.indexOf(label[1]);
      if (i < 0) {
        continue;
      }
      int from = i + label[1].length();
      if (from < body.length() && (body.charAt(from) == '：' || body.charAt(from) == ':')) {
        from++;
      }
      int to = from;
      while (to < body.length()
          && "；;。）)\n".indexOf(body.charAt(to)) < 0
          && !startsLabel(body, to)) {
        to++;
      }
      add(Duty.valueOf(label[0]), units(body.substring(from, to)), lead, supporting);
    }
  }

  private static boolean startsLabel(String body, int i) {
    for (String[] label : Holder.LABELS) {
      if (body.startsWith(label[1], i)) {
        return true;
      }
    }
    return false;
  }

  /** Every parenthesis of the task that names units, in order. */
  private static void parentheses(String body, Set<String> lead, Set<String> supporting) {
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c != '（' && c != '(') {
        i++;
        continue;
      }
      int close = closing(body, i + 1);
      if (close < 0) {
        return;
      }
      if (close - i <= MAX_PARENTHESIS) {
        parenthesis(body.substring(i + 1, close), closesTheTask(body, close), lead, supporting);
      }
      i = close + 1;
    }
  }

  private static int closing(String body, int from) {
    for (int j = from; j < body.length(); j++) {
      char c = body.charAt(j);
      if (c == '）' || c == ')') {
        return j;
      }
      if (c == '（' || c == '(' || c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  /** Whether only sentence ends and spaces follow the parenthesis closing at {@code close}. */
  private static boolean closesTheTask(String body, int close) {
    for (int j = close + 1; j < body.length(); j++) {
      if ("。；;. \u3000\n\r".indexOf(body.charAt(j)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * "省商务厅牵头，合肥海关、省贸促会按职责分工配合", "省商务厅负责"; a bare list of units ("区发改委、区商务委") only in the parenthesis
   * that closes the task, where an aside ("（包括街道）") does not stand.
   */
  private static void parenthesis(
      String inside, boolean last, Set<String> lead, Set<String> supporting) {
    boolean leadNamed = false;
    boolean marked = false;
    List<String[]> clauses = new ArrayList<>();
    for (String clause : Texts.split(inside, "，,；;")) {
      String c = clause.strip();
      String[] verb = verbOf(c);
      if (verb != null) {
        clauses.add(
            new String[] {verb[0], withoutDuty(c.substring(0, c.length() - verb[1].length()))});
        marked = true;
      }
    }
    if (!marked) {
      if (!last || ASIDES.matcher(inside).lookingAt()) {
        return;
      }
      List<String> all = units(inside);
      int parts = Texts.split(inside, "、，,").length;
      if (!all.isEmpty() && all.size() >= parts && all.stream().allMatch(u -> u.length() > 2)) {
        add(Duty.RESPONSIBLE, all, lead, supporting);
      }
      return;
    }
    for (String[] clause : clauses) {
      List<String> named = units(clause[1]);
      Duty duty = Duty.valueOf(clause[0]);
      if (duty == Duty.SHARED) {
        duty = leadNamed ? Duty.SUPPORT : Duty.RESPONSIBLE;
      }
      leadNamed |= !named.isEmpty() && duty != Duty.SUPPORT;
      add(duty, named, lead, supporting);
    }
  }

  private static void add(Duty duty, List<String> named, Set<String> lead, Set<String> supporting) {
    if (named.isEmpty()) {
      return;
    }
    switch (duty) {
      case LEAD -> lead.addAll(named);
      case SUPPORT -> supporting.addAll(named);
      default -> {
        // a list of responsible units names its lead first
        lead.add(named.get(0));
        supporting.addAll(named.subList(1, named.size()));
      }
    }
  }

  /** The role and word of the verb {@code clause} ends with, or null. */
  private static String[] verbOf(String clause) {
    for (String[] verb : Holder.VERBS) {
      if (clause.endsWith(verb[1]) && clause.length() > verb[1].length()) {
        return verb;
      }
    }
    return null;
  }

  /** "区商务委、区财政局按职责分工" without the words on how they share the duty. */
  private static String withoutDuty(String units) {
    String u = units.strip();
    for (String qualifier : DUTY_QUALIFIERS) {
      int k = u.indexOf(qualifier);
      if (k > 0) {
        u = u.substring(0, k);
      }
    }
    return u;
  }

  /** The unit names in a list such as "区商务委、区财政局等", keeping only names of units. */
  private static List<String> units(String list) {
    List<String> units = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (int i = 0; i <= list.length(); i++) {
      char c = i < list.length() ? list.charAt(i) : '、';
      if (LIST_MARKS.indexOf(c) >= 0) {
        joined(part.toString().strip(), units);
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    return units;
  }

  /** "省发展改革委和省财政厅" is two units, "省经济和信息化厅" one: split at 和 only between whole names. */
  private static void joined(String part, List<String> units) {
    String u = part.endsWith("等") ? part.substring(0, part.length() - 1) : part;
    for (int k = 1; k < u.length() - 1; k++) {
      if (JOINERS.indexOf(u.charAt(k)) >= 0
          && isUnit(u.substring(0, k))
          && isUnit(u.substring(k + 1))) {
        units.add(u.substring(0, k));
        joined(u.substring(k + 1), units);
        return;
      }
    }
    if (isUnit(u)) {
      units.add(u);
    }
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
