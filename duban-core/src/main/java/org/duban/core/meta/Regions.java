package org.duban.core.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duban.core.lexicon.LexiconFile;
import org.duban.core.lexicon.WordTrie;

/**
 * The region lexicon ({@code regions.tsv}): provinces, prefecture-level cities, the districts of
 * the municipalities and cross-district zones, with their short names. Loaded on first use.
 */
public final class Regions {

  private static final class Holder {
    static final Regions INSTANCE = load();
  }

  private final Map<String, Region> byName;
  private final Map<String, Region> byShortName;
  private final int longest;
  private final WordTrie<Region> anyName;
  private final WordTrie<Region> fullName;

  private Regions(Map<String, Region> byName, Map<String, Region> byShortName, int longest) {
    this.byName = byName;
    this.byShortName = byShortName;
    this.longest = longest;
    WordTrie.Builder<Region> trie = WordTrie.builder();
    byShortName.forEach(trie::put);
    byName.forEach(trie::put);
    this.anyName = trie.build();
    WordTrie.Builder<Region> full = WordTrie.builder();
    byName.forEach(full::put);
    this.fullName = full.build();
  }

  /**
   * The longest full or short region name that starts at {@code pos} of {@code s}, or null; one
   * walk down a trie, for the fact stages that ask at every figure.
   */
  public WordTrie.Match<Region> nameAt(CharSequence s, int pos) {
    return anyName.longestAt(s, pos);
  }

  /** The lexicon. */
  public static Regions get() {
    return Holder.INSTANCE;
  }

  /** The region of this exact full name, or null. */
  public Region named(String name) {
    return byName.get(name);
  }

  /** The region a short name ("长宁", "广东", "阿坝州") stands for, or null. */
  public Region shortNamed(String name) {
    return byShortName.get(name);
  }

  /** The longest full region name ending exactly at {@code end} of {@code s}, or null. */
  public Region endingAt(CharSequence s, int end) {
    for (int len = Math.min(longest, end); len >= 2; len--) {
      Region r = byName.get(s.subSequence(end - len, end).toString());
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  /** Every full region name in {@code s}, longest match first at each position, in order. */
  public List<Region> findAll(CharSequence s, boolean shortNames) {
    WordTrie<Region> names = shortNames ? anyName : fullName;
    List<Region> found = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      WordTrie.Match<Region> m = names.longestAt(s, i);
      if (m != null && m.end() - i >= 2) {
        found.add(m.value());
        i = m.end();
      } else {
        i++;
      }
    }
    return found;
  }

  private static Regions load() {
    Map<String, Region> byName = new HashMap<>();
    Map<String, Region> byShortName = new HashMap<>();
    int longest = 0;
    for (String line : LexiconFile.lines(Regions.class, "regions.tsv")) {
      String[] f = line.split("\t", -1);
      Region region =
          new Region(
              f[0], JurisdictionLevel.valueOf(f[1]), f.length > 2 && !f[2].isEmpty() ? f[2] : null);
      byName.putIfAbsent(region.name(), region);
      longest = Math.max(longest, region.name().length());
      if (f.length > 3 && !f[3].isEmpty()) {
        for (String alias : f[3].split(",")) {
          // a short name shared by two regions means the higher tier (吉林 is the province)
          Region other = byShortName.get(alias);
          if (other == null || other.level().ordinal() > region.level().ordinal()) {
            byShortName.put(alias, region);
          }
        }
      }
    }
    return new Regions(Map.copyOf(byName), Map.copyOf(byShortName), longest);
  }
}
