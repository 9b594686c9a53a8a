package org.duban.core.fact;

import java.util.List;
import org.duban.core.text.Texts;

/**
 * 棚户区改造扎实推进…完成2000户的改造任务: a task named only by its action (改造任务, 搬迁任务) is of the thing its
 * paragraph has named with that action before, and is labelled by that (棚户区改造).
 */
final class TaskTopics {

  private static final List<String> ACTIONS = List.of("改造", "搬迁", "征收", "拆迁", "整治", "安置");
  private static final List<String> OPENERS =
      List.of("推进", "实施", "完成", "开展", "加快", "继续", "做好", "抓好", "启动", "全面", "加大", "深化", "的", "了");
  private static final int MAX_OBJECT = 8;
  private static final int REACH = 400;

  private TaskTopics() {}

  /** The label of a task {@code label} names only by its action, or {@code label} itself. */
  static String named(CharSequence text, String label, int figureStart) {
    if (label == null) {
      return null;
    }
    for (String action : ACTIONS) {
      if (label.endsWith(action + "任务") && namesNoObject(label, action)) {
        String object = objectBefore(text, action, figureStart);
        return object == null || label.contains(object) ? label : object + action;
      }
    }
    return label;
  }

  /** Whether all before the action is a verb or a time (完成, 年度): 二期供热改造任务 names its object. */
  private static boolean namesNoObject(String label, String action) {
    String before = label.substring(0, label.length() - action.length() - 2);
    boolean trimmed = true;
    while (trimmed && !before.isEmpty()) {
      trimmed = false;
      for (String time : TIMES) {
        if (before.endsWith(time)) {
          before = before.substring(0, before.length() - time.length());
          trimmed = true;
        }
      }
    }
    return before.isEmpty() || endsWithOpener(before, before.length());
  }

  private static final List<String> TIMES = List.of("年度", "今年", "全年", "的", "了");

  /** The noun right before the last {@code action} of the paragraph before {@code end}, or null. */
  private static String objectBefore(CharSequence text, String action, int end) {
    int limit = Frames.paragraphStart(text, end);
    limit = Math.max(limit, end - REACH);
    for (int at = end - action.length(); at > limit; at--) {
      if (!Texts.startsWith(text, at, action)) {
        continue;
      }
      int start = at;
      while (start > limit
          && at - start < MAX_OBJECT
          && Character.isIdeographic(text.charAt(start - 1))
          && !endsWithOpener(text, start)) {
        start--;
      }
      if (at - start >= 2 && !Texts.startsWith(text, at + action.length(), "任务")) {
        return text.subSequence(start, at).toString();
      }
    }
    return null;
  }

  private static boolean endsWithOpener(CharSequence text, int end) {
    for (String w : OPENERS) {
      if (Texts.endsWith(text, end, w)) {
        return true;
      }
    }
    return false;
  }
}
