package org.duban.core.meta;

import java.util.ArrayList;
import java.util.List;
import org.duban.core.lexicon.WordTrie;
import org.duban.core.place.Gazetteer;
import org.duban.core.place.Place;
import org.duban.core.place.PlaceFinder;
import org.duban.core.place.PlaceMention;

/**
 * The places of the national gazetteer seen as jurisdictions, read without a document's context:
 * full names, and the short forms of provinces, prefectures and zones (see {@link PlaceFinder}).
 */
public final class Regions {

  private static final Regions INSTANCE = new Regions();
  private static final int LONGEST_MENTION = 24;

  private Regions() {}

  /** The regions. */
  public static Regions get() {
    return INSTANCE;
  }

  /**
   * The place named at {@code pos} of {@code s} ("北京市海淀区" → 海淀区), or null; a trie walk, for the
   * fact stages that ask at every figure.
   */
  public WordTrie.Match<Region> nameAt(CharSequence s, int pos) {
    PlaceMention m = PlaceFinder.at(s, pos, s.length(), null);
    return m == null ? null : new WordTrie.Match<>(region(m, s), m.start(), m.end());
  }

  /** The region a full or short name ("长宁区", "广东", "阿坝州") stands for, or null. */
  public Region named(String name) {
    Place p = Gazetteer.get().resolve(name, null);
    return p == null ? null : region(p);
  }

  /** The longest place name ending exactly at {@code end} of {@code s}, or null. */
  public Region endingAt(CharSequence s, int end) {
    for (int start = Math.max(0, end - LONGEST_MENTION); start <= end - 2; start++) {
      PlaceMention m = PlaceFinder.at(s, start, end, null);
      if (m != null && m.end() == end) {
        return region(m, s);
      }
    }
    return null;
  }

  /**
   * Every place named in {@code s}, in order; with {@code shortNames} false only those written in
   * full ("山西省", "太原市", not "山西").
   */
  public List<Region> findAll(CharSequence s, boolean shortNames) {
    List<Region> found = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      PlaceMention m = PlaceFinder.at(s, i, s.length(), null);
      if (m == null) {
        i++;
        continue;
      }
      String written = s.subSequence(m.start(), m.end()).toString();
      if (shortNames || m.place() == null || written.endsWith(m.place().name())) {
        found.add(region(m, s));
      }
      i = m.end();
    }
    return found;
  }

  /** The jurisdiction of a place. */
  public static Region region(Place p) {
    Place parent = Gazetteer.get().parent(p);
    return new Region(p.name(), level(p), parent == null ? null : parent.name(), p.code());
  }

  private static Region region(PlaceMention m, CharSequence s) {
    if (m.place() != null) {
      return region(m.place());
    }
    String name = m.name(s);
    return new Region(name, Jurisdictions.levelOf(name), null, null);
  }

  private static JurisdictionLevel level(Place p) {
    return switch (p.level()) {
      case NATION -> JurisdictionLevel.NATIONAL;
      case PROVINCE -> JurisdictionLevel.PROVINCE;
      case PREFECTURE -> JurisdictionLevel.CITY;
      case COUNTY -> JurisdictionLevel.DISTRICT;
      case ZONE -> JurisdictionLevel.ZONE;
    };
  }
}
