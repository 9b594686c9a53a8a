package org.duban.core.structure;

import java.util.ArrayList;
import java.util.List;
import org.duban.core.lexicon.LexiconFile;

/**
 * The words in a heading that say what its part does (回顾, 任务, 名词解释…), read from {@code
 * role-cues.tsv} the first time they are needed.
 */
final class RoleCues {

  /** What a heading's words say about its part. */
  enum Cue {
    REVIEW,
    REVIEW_WEAK,
    PLAN,
    BACK,
    NONE;

    boolean isReview() {
      return this == REVIEW || this == REVIEW_WEAK;
    }
  }

  private RoleCues() {}

  private static final class Holder {
    static final List<String[]> CUES = load();
  }

  /**
   * The cue of {@code title}: back matter wins; then the kind whose word comes last, because a
   * heading such as "“十四五”时期发展成就和“十五五”时期主要目标任务" leads into what it names last.
   */
  static Cue of(String title) {
    Cue cue = Cue.NONE;
    int at = -1;
    for (String[] entry : Holder.CUES) {
      int i = title.lastIndexOf(entry[1]);
      if (i < 0) {
        continue;
      }
      Cue c = Cue.valueOf(entry[0].replace('-', '_').toUpperCase(java.util.Locale.ROOT));
      if (c == Cue.BACK) {
        return Cue.BACK;
      }
      if (i > at) {
        at = i;
        cue = c;
      }
    }
    return cue;
  }

  /** Whether {@code title} names both a review and a plan. */
  static boolean isMixed(String title) {
    boolean review = false;
    boolean plan = false;
    for (String[] entry : Holder.CUES) {
      if (title.contains(entry[1])) {
        review |= entry[0].startsWith("review");
        plan |= entry[0].equals("plan");
      }
    }
    return review && plan;
  }

  private static List<String[]> load() {
    List<String[]> cues = new ArrayList<>();
    for (String line : LexiconFile.lines(RoleCues.class, "role-cues.tsv")) {
      cues.add(line.split("\t", 2));
    }
    return cues;
  }
}
