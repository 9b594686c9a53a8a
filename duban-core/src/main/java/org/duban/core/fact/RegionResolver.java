package org.duban.core.fact;

import java.util.ArrayList;
import java.util.List;
import org.duban.core.lexicon.LexiconFile;
import org.duban.core.lexicon.WordTrie;
import org.duban.core.meta.JurisdictionLevel;
import org.duban.core.meta.Region;
import org.duban.core.meta.Regions;
import org.duban.core.quantity.Quantity;
import org.duban.core.text.Texts;

/**
 * Finds the place a figure is about when its clause opens with a place other than the document's
 * own jurisdiction (长宁片区完成综合税收190亿元, 湖北为18.7%, 山东、浙江、河南分别达到…), which is then named as written. A
 * place inside the document's own jurisdiction that only names a project (宁波舟山港集装箱吞吐量) leaves the
 * figure with the jurisdiction.
 */
final class RegionResolver {

  private static final String[] ZONE_SUFFIXES = {
    "新片区", "片区", "开发区", "高新区", "经开区", "商务区", "示范区", "自贸区", "保税区", "新区"
  };
  private static final List<String> SCOPE_WORDS = List.of("全国", "全市", "全省", "全区", "全县");

  /**
   * The place the clause of {@code q} names as its subject, or null when it names none.
   *
   * @param indexInClause the figure's position among the figures of its clause, for 分别
   * @param own the document's jurisdiction
   */
  String named(CharSequence text, Quantity q, int clauseStart, int indexInClause, String own) {
    int start = skipOpening(text, clauseStart, q.start());
    List<String> places = placesAt(text, start, q.start(), own);
    if (places.isEmpty()) {
      return null;
    }
    boolean respectively = text.subSequence(start, q.start()).toString().contains("分别");
    if (respectively && places.size() > 1) {
      return indexInClause < places.size() ? places.get(indexInClause) : null;
    }
    return String.join("、", places);
  }

  /** The list of places that opens {@code [start, end)}: 山东、浙江、河南; empty if none. */
  private static List<String> placesAt(CharSequence text, int start, int end, String own) {
    List<String> places = new ArrayList<>();
    int i = start;
    while (i < end) {
      int nameEnd = placeEnd(text, i, end, own);
      if (nameEnd < 0) {
        break;
      }
      places.add(text.subSequence(i, nameEnd).toString());
      if (nameEnd < end && isListMark(text.charAt(nameEnd))) {
        i = nameEnd + 1;
      } else {
        break;
      }
    }
    return places;
  }

  /** Where the place name starting at {@code start} ends, or -1. */
  private static int placeEnd(CharSequence text, int start, int end, String own) {
    Regions regions = Regions.get();
    WordTrie.Match<Region> m = regions.nameAt(text, start);
    if (m == null
        || m.end() >= end
        || SCOPE_WORDS.contains(text.subSequence(start, m.end()).toString())) {
      return -1;
    }
    int zoneEnd = zoneEnd(text, m.end(), end);
    if (zoneEnd > 0) {
      return zoneEnd; // 长宁片区
    }
    Region region = m.value();
    return isInside(region, own, regions) && region.level() != JurisdictionLevel.ZONE
        ? -1
        : m.end();
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
   * Whether {@code region} lies within the jurisdiction named {@code own} (not the whole country).
   */
  private static boolean isInside(Region region, String own, Regions regions) {
    if (own == null) {
      return false;
    }
    Region ownRegion = regions.named(own);
    if (ownRegion == null || ownRegion.level() == JurisdictionLevel.NATIONAL) {
      return false;
    }
    Region r = region;
    for (int depth = 0; r != null && depth < 5; depth++) {
      if (r.name().equals(ownRegion.name())) {
        return true;
      }
      r = r.parent() == null ? null : regions.named(r.parent());
    }
    return false;
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
      places.add(rest.substring(0, m.end()));
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
    for (String opener : new String[] {"其中", "同时", "此外"}) {
      if (Texts.startsWith(text, i, opener)) {
        i += opener.length();
      }
    }
    return i;
  }
}
