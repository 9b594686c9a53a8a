package org.duban.core.fact;

import java.util.ArrayList;
import java.util.List;
import org.duban.core.lexicon.LexiconFile;
import org.duban.core.lexicon.WordTrie;
import org.duban.core.meta.JurisdictionLevel;
import org.duban.core.meta.Region;
import org.duban.core.meta.Regions;
import org.duban.core.place.Gazetteer;
import org.duban.core.place.Place;
import org.duban.core.place.PlaceFinder;
import org.duban.core.place.PlaceLevel;
import org.duban.core.place.PlaceMention;
import org.duban.core.quantity.Quantity;
import org.duban.core.text.Texts;

/**
 * Finds the place a figure is about when its clause opens with a place other than the document's
 * own jurisdiction (长宁片区完成综合税收190亿元, 湖北为18.7%, 山东、浙江、河南分别达到…), named in full (湖北省) by the
 * gazetteer, read in the context of the jurisdiction; a zone is named as written. A place inside
 * the document's own jurisdiction that only names a project (宁波舟山港集装箱吞吐量) leaves the figure with
 * the jurisdiction.
 */
final class RegionResolver {

  private static final String[] ZONE_SUFFIXES = {
    "新片区", "片区", "开发区", "高新区", "经开区", "商务区", "示范区", "自贸区", "保税区", "新区"
  };
  private static final List<String> SCOPE_WORDS = List.of("全国", "全市", "全省", "全区", "全县");
  private static final int LOOK_BACK = 3;
  private static final int SHORT_OPENER = 6;

  /**
   * The place the clause of {@code q} names as its subject, in its full official name; for a clause
   * that opens with no place, the place that opens an earlier clause of its statement
   * (湖北下调最多，降低3个百分点). A list of places that 分别 does not share out (北京、上海、广东等地) is no one place: the
   * figure stays with the document's jurisdiction. Null when no place is named.
   *
   * @param indexInClause the figure's position among the figures of its clause, for 分别
   * @param own the document's jurisdiction
   */
  String named(CharSequence text, Quantity q, int clauseStart, int indexInClause, String own) {
    Place context = Gazetteer.get().jurisdiction(own);
    int clause = clauseStart;
    while (true) {
      int start = skipOpening(text, clause, q.start());
      List<String> places = new ArrayList<>();
      int end = placesAt(text, start, q.start(), context, places);
      if (!places.isEmpty()) {
        boolean respectively = text.subSequence(start, q.start()).toString().contains("分别");
        if (places.size() == 1 && text.charAt(end) != '等') {
          return places.get(0);
        }
        return respectively && indexInClause < places.size() ? places.get(indexInClause) : own;
      }
      if (end > start || clause != clauseStart) {
        return null; // a scope word (全国) or a place inside the jurisdiction opens the clause
      }
      clause = statementStart(text, clauseStart);
      if (clause < 0) {
        return null;
      }
    }
  }

  /**
   * The first clause of the statement holding the clause at {@code clauseStart}, past a short
   * opener (其中，…; 值得一提的是，…; 从全年来看，…), when that is another clause at most {@link #LOOK_BACK}
   * clauses before; else -1.
   */
  private static int statementStart(CharSequence text, int clauseStart) {
    int clause = clauseStart;
    int back = 0;
    while (clause > 0 && !endsStatement(text.charAt(clause - 1))) {
      if (++back > LOOK_BACK) {
        return -1;
      }
      clause = Clause.start(text, clause - 1, 0);
    }
    int end = Clause.end(text, clause, clauseStart);
    if (end + 1 < clauseStart && isOpener(text, clause, end)) {
      clause = end + 1;
    }
    return clause == clauseStart ? -1 : clause;
  }

  private static boolean isOpener(CharSequence text, int start, int end) {
    String clause = text.subSequence(start, end).toString().strip();
    return clause.length() <= SHORT_OPENER || (clause.startsWith("从") && clause.endsWith("看"));
  }

  /**
   * Adds the list of places that opens {@code [start, end)} (山东、浙江、河南); returns where it ends, past
   * {@code start} also when the clause opens with a scope word or a place inside the jurisdiction.
   */
  private static int placesAt(
      CharSequence text, int start, int end, Place context, List<String> places) {
    for (String scope : SCOPE_WORDS) {
      if (Texts.startsWith(text, start, scope)) {
        return start + scope.length();
      }
    }
    int i = start;
    while (i < end) {
      PlaceMention m = PlaceFinder.at(text, i, end, context);
      if (m == null || m.end() >= end) {
        return i;
      }
      int zoneEnd = zoneEnd(text, m.end(), end);
      if (zoneEnd > 0) {
        places.add(text.subSequence(i, zoneEnd).toString()); // 长宁片区
        i = zoneEnd;
      } else if (isInside(m.place(), context)) {
        return places.isEmpty() ? m.end() : i;
      } else {
        places.add(m.name(text));
        i = m.end();
      }
      if (i < end && isListMark(text.charAt(i))) {
        i++;
      } else {
        return i;
      }
    }
    return i;
  }

  private static boolean endsStatement(char c) {
    return switch (c) {
      case '。', '；', ';', '！', '？', '!', '?', '\n', '\r' -> true;
      default -> false;
    };
  }

  private static int zoneEnd(CharSequence text, int nameEnd, int end) {
    for (String suffix : ZONE_SUFFIXES) {
      if (nameEnd + suffix.length() < end && Texts.startsWith(text, nameEnd, suffix)) {
        return nameEnd + suffix.length();
      }
    }
    return -1;
  }

  /**
   * Whether {@code place} lies within the document's jurisdiction (not the whole country): a
   * project there stays with the jurisdiction.
   */
  private static boolean isInside(Place place, Place own) {
    return place != null
        && own != null
        && own.level() != PlaceLevel.NATION
        && place.level() != PlaceLevel.ZONE
        && Gazetteer.get().isWithin(place, own);
  }

  /**
   * The length of the province or city that opens {@code label} (湖北为18.7%, 浙江省增速达到27.3%), with the
   * list of such places it heads (浙江、山西、江苏增速); 0 when none does or when the place names a zone
   * whose figures are its own (长宁片区综合税收).
   */
  static int placeOpening(String label) {
    WordTrie.Match<Region> m = Regions.get().nameAt(label, 0);
    if (m == null) {
      return 0;
    }
    int len = m.end();
    boolean zone =
        m.value().level() == JurisdictionLevel.ZONE
            || label.startsWith("片区", len)
            || label.startsWith("新片区", len);
    if (zone) {
      return 0;
    }
    if (len < label.length() && "、和及与".indexOf(label.charAt(len)) >= 0) {
      return len + 1 + placeOpening(label.substring(len + 1));
    }
    return len;
  }

  /**
   * The places of a clause that names nothing but them and the words around such a list (其次为江苏和北京,
   * 海南、北京紧随其后); empty when the clause says more.
   */
  static List<String> onlyPlaces(CharSequence text, int start, int end) {
    String clause = LabelWords.stripPunctuation(text.subSequence(start, end).toString());
    String rest = stripTopicWords(clause, true);
    List<String> places = new ArrayList<>();
    while (!rest.isEmpty()) {
      WordTrie.Match<Region> m = Regions.get().nameAt(rest, 0);
      if (m == null) {
        break;
      }
      places.add(m.value().name());
      rest = rest.substring(m.end());
      if (!rest.isEmpty() && isListMark(rest.charAt(0))) {
        rest = rest.substring(1);
      }
    }
    rest = stripTopicWords(rest, false);
    return rest.isEmpty() ? places : List.of();
  }

  private static String stripTopicWords(String s, boolean atStart) {
    boolean changed = true;
    while (changed && !s.isEmpty()) {
      changed = false;
      WordTrie.Match<Boolean> m =
          atStart
              ? Holder.TOPIC_WORDS.longestAt(s, 0)
              : Holder.TOPIC_WORDS.longestEndingAt(s, s.length(), 0);
      if (m != null) {
        s = atStart ? s.substring(m.end()) : s.substring(0, m.start());
        changed = true;
      }
    }
    return s;
  }

  private static final class Holder {
    static final WordTrie<Boolean> TOPIC_WORDS = load();

    private static WordTrie<Boolean> load() {
      WordTrie.Builder<Boolean> b = WordTrie.builder();
      for (String w : LexiconFile.words("org/duban/core/fact/place-topic-words.txt")) {
        b.put(w, true);
      }
      return b.build();
    }
  }

  private static boolean isListMark(char c) {
    return c == '、' || c == '和' || c == '及' || c == '与';
  }

  /** Skips what may open a clause before its subject: spaces, 其中, 在, time phrases. */
  private static int skipOpening(CharSequence text, int start, int end) {
    int i = start;
    while (i < end && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '　')) {
      i++;
    }
    for (String opener : new String[] {"其中", "同时", "此外", "其次为", "其次是"}) {
      if (Texts.startsWith(text, i, opener)) {
        i += opener.length();
      }
    }
    return i;
  }
}
