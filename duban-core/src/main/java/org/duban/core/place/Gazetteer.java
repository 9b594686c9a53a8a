package org.duban.core.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.duban.core.lexicon.LexiconFile;
import org.duban.core.lexicon.WordTrie;

/**
 * The national gazetteer: every province, prefecture and county-level division of GB/T 2260 with
 * its code and parent ({@code gazetteer.tsv}, built by {@code tools/gazetteer/build.sh}), the
 * country and the zones that cut across divisions ({@code zones.tsv}), and the short forms texts
 * use for them. Loaded on first use.
 */
public final class Gazetteer {

  private static final class Holder {
    static final Gazetteer INSTANCE = load();
  }

  private static final String RESOURCES = "org/duban/core/place/";
  private static final int MAX_DEPTH = 4;
  private static final int MAX_REMEMBERED = 10_000;

  /** The places a word of the texts names: by their full name, or by a short form. */
  record Names(List<Place> full, List<Place> abbreviated) {}

  private final List<Place> places;
  private final Map<String, Place> byCode;
  private final Map<String, Names> byWord;
  private final WordTrie<Names> words;
  private final Map<String, Optional<Place>> jurisdictions = new ConcurrentHashMap<>();

  private Gazetteer(List<Place> places, Map<String, Place> aliases) {
    this.places = List.copyOf(places);
    Map<String, Place> codes = new HashMap<>();
    Map<String, List<Place>> full = new HashMap<>();
    Map<String, List<Place>> abbreviated = new HashMap<>();
    for (Place p : places) {
      if (p.code() != null) {
        codes.put(p.code(), p);
      }
      full.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
    }
    for (Place p : places) {
      for (String form : ShortNames.of(p)) {
        abbreviated.computeIfAbsent(form, k -> new ArrayList<>()).add(p);
      }
    }
    aliases.forEach(
        (alias, p) -> abbreviated.computeIfAbsent(alias, k -> new ArrayList<>()).add(p));
    this.byCode = Map.copyOf(codes);
    Map<String, Names> byWord = new HashMap<>();
    full.forEach((w, ps) -> byWord.put(w, new Names(List.copyOf(ps), List.of())));
    abbreviated.forEach(
        (w, ps) ->
            byWord.merge(
                w,
                new Names(List.of(), List.copyOf(ps)),
                (a, b) -> new Names(a.full(), b.abbreviated())));
    this.byWord = Map.copyOf(byWord);
    WordTrie.Builder<Names> trie = WordTrie.builder();
    byWord.forEach(trie::put);
    this.words = trie.build();
  }

  /** The gazetteer. */
  public static Gazetteer get() {
    return Holder.INSTANCE;
  }

  /** Every place, divisions in the order of their codes, then the country and the zones. */
  public List<Place> places() {
    return places;
  }

  /** The division of this GB/T 2260 code, or null. */
  public Place byCode(String code) {
    return code == null ? null : byCode.get(code);
  }

  /** The places of this full official name: several when a county name recurs (鼓楼区). */
  public List<Place> named(String name) {
    Names n = name == null ? null : byWord.get(name);
    return n == null ? List.of() : n.full();
  }

  /** The division above {@code place}, or null for a province or the country. */
  public Place parent(Place place) {
    return byCode(place.parentCode());
  }

  /** The province-level division {@code place} lies in (itself for a province), or null. */
  public Place province(Place place) {
    Place p = place;
    for (int depth = 0; p != null && depth < MAX_DEPTH; depth++) {
      if (p.level() == PlaceLevel.PROVINCE) {
        return p;
      }
      p = parent(p);
    }
    return null;
  }

  /**
   * Whether {@code place} is {@code area} or lies inside it; everything lies inside the country.
   */
  public boolean isWithin(Place place, Place area) {
    if (area.level() == PlaceLevel.NATION) {
      return true;
    }
    Place p = place;
    for (int depth = 0; p != null && depth < MAX_DEPTH; depth++) {
      if (p.equals(area)) {
        return true;
      }
      p = parent(p);
    }
    return false;
  }

  /**
   * The one place a region value names, full or short ("山西" → 山西省, "北京市海淀区" → 海淀区), read in the
   * context of {@code context} (a document's jurisdiction, may be null); null when the value names
   * no place or one of several that the context does not tell apart.
   */
  public Place resolve(String name, Place context) {
    if (name == null || name.isEmpty()) {
      return null;
    }
    PlaceMention m = PlaceFinder.at(name, 0, name.length(), context);
    return m != null && m.end() == name.length() ? m.place() : null;
  }

  /**
   * The place a document's jurisdiction names ({@link #resolve} without context), remembered: the
   * fact stages ask for it at every figure.
   */
  public Place jurisdiction(String name) {
    if (name == null) {
      return null;
    }
    Optional<Place> known = jurisdictions.get(name);
    if (known == null) {
      if (jurisdictions.size() > MAX_REMEMBERED) {
        jurisdictions.clear();
      }
      known = Optional.ofNullable(resolve(name, null));
      jurisdictions.put(name, known);
    }
    return known.orElse(null);
  }

  /** The longest full or short name starting at {@code pos}, or null. */
  WordTrie.Match<Names> wordAt(CharSequence text, int pos) {
    return words.longestAt(text, pos);
  }

  private static Gazetteer load() {
    List<Place> places = new ArrayList<>();
    for (String[] f : LexiconFile.rows(RESOURCES + "gazetteer.tsv")) {
      String parent = f.length > 3 && !f[3].isEmpty() ? f[3] : null;
      places.add(new Place(f[0], f[1], level(f[2]), parent));
    }
    Map<String, Place> aliases = new HashMap<>();
    for (String[] f : LexiconFile.rows(RESOURCES + "zones.tsv")) {
      String parent = f.length > 2 && !f[2].isEmpty() ? f[2] : null;
      Place zone = new Place(null, f[0], PlaceLevel.valueOf(f[1]), parent);
      places.add(zone);
      if (f.length > 3 && !f[3].isEmpty()) {
        for (String alias : f[3].split(",")) {
          aliases.put(alias, zone);
        }
      }
    }
    return new Gazetteer(places, aliases);
  }

  private static PlaceLevel level(String word) {
    return switch (word) {
      case "province" -> PlaceLevel.PROVINCE;
      case "prefecture" -> PlaceLevel.PREFECTURE;
      case "county" -> PlaceLevel.COUNTY;
      default -> throw new IllegalStateException("gazetteer.tsv: unknown level " + word);
    };
  }
}
