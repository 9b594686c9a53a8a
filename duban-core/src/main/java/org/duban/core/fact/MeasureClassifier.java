package org.duban.core.fact;

import org.duban.core.lexicon.LexiconFile;
import org.duban.core.lexicon.WordTrie;
import org.duban.core.quantity.Quantity;
import org.duban.core.quantity.UnitKind;

/**
 * Decides whether a figure is an amount (VALUE), a change against a base (CHANGE, with its
 * direction), a part of a whole (SHARE) or a position in a ranking (RANK), from the words before it
 * in its clause.
 */
final class MeasureClassifier {

  private static final String CUES = "org/duban/core/fact/measure-cues.tsv";
  private static final int REACH = 40;
  private static final int SHARE_AFTER_LEVEL_REACH = 12;

  private static final class Holder {
    static final WordTrie<MeasureCue> CUES = load();

    private static WordTrie<MeasureCue> load() {
      WordTrie.Builder<MeasureCue> b = WordTrie.builder();
      for (String[] row : LexiconFile.rows(MeasureClassifier.CUES)) {
        b.put(row[0], MeasureCue.valueOf(row[1].strip()));
      }
      return b.build();
    }
  }

  /** A cue word found before a figure. */
  private record Found(MeasureCue cue, int start, int end) {}

  Measurement classify(CharSequence text, Quantity q, int clauseStart) {
    if (q.kind() == UnitKind.RANK) {
      return Measurement.RANK;
    }
    int limit = Math.max(clauseStart, q.start() - REACH);
    Found nearest = nearestCue(text, q.qualifierStart(), limit);
    if (q.text().startsWith("翻")) {
      return Measurement.change(Direction.UP);
    }
    if (q.kind().isRelative()) {
      return relative(text, q, nearest, limit);
    }
    if (nearest != null
        && nearest.cue().isChange()
        && isDirectlyBefore(text, nearest.end(), q.qualifierStart())) {
      return Measurement.change(nearest.cue().direction());
    }
    return Measurement.VALUE;
  }

  private Measurement relative(CharSequence text, Quantity q, Found nearest, int limit) {
    if (followedByOfNoun(text, q)) {
      return Measurement.SHARE;
    }
    if (nearest == null) {
      return Measurement.VALUE;
    }
    MeasureCue cue = nearest.cue();
    if (cue.isChange() || cue.isRate()) {
      return Measurement.change(cue.direction());
    }
    if (cue == MeasureCue.SHARE) {
      return Measurement.SHARE;
    }
    if (cue == MeasureCue.LEVEL) {
      Found earlier =
          nearestCue(
              text, nearest.start(), Math.max(limit, nearest.start() - SHARE_AFTER_LEVEL_REACH));
      while (earlier != null && earlier.cue() == MeasureCue.LEVEL) {
        earlier =
            nearestCue(
                text, earlier.start(), Math.max(limit, earlier.start() - SHARE_AFTER_LEVEL_REACH));
      }
      if (earlier != null && earlier.cue() == MeasureCue.SHARE) {
        return Measurement.SHARE;
      }
      if (earlier != null && earlier.cue().isRate()) {
        return Measurement.change(earlier.cue().direction());
      }
    }
    return Measurement.VALUE;
  }

  /** 85%的居民: a percentage of a population of things. */
  private static boolean followedByOfNoun(CharSequence text, Quantity q) {
    int i = q.end();
    return i + 1 < text.length()
        && text.charAt(i) == '的'
        && Character.isIdeographic(text.charAt(i + 1));
  }

  /** Whether only qualifier-like filler (了, 分别, spaces) stands between a cue and a figure. */
  private static boolean isDirectlyBefore(CharSequence text, int cueEnd, int figureStart) {
    for (int i = cueEnd; i < figureStart; i++) {
      char c = text.charAt(i);
      if (c != '了' && c != ' ' && c != '分' && c != '别' && c != '约' && c != '达') {
        return false;
      }
    }
    return true;
  }

  private static Found nearestCue(CharSequence text, int end, int limit) {
    for (int i = end; i > limit; i--) {
      WordTrie.Match<MeasureCue> m = Holder.CUES.longestEndingAt(text, i, limit);
      if (m != null) {
        return new Found(m.value(), m.start(), m.end());
      }
    }
    return null;
  }
}
