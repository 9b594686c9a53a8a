package org.duban.core.target;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.core.lexicon.LexiconFile;
import org.duban.core.lexicon.WordTrie;

/**
 * The indicator catalogue ({@code indicators.tsv}): canonical indicators with their aliases, unit
 * kind and sense, and the matching of a fact's label to one of them. Loaded on first use;
 * immutable.
 *
 * <p>A label matches an indicator when one of its aliases stands in it with nothing before it but
 * places, times and reporting verbs ({@code 全年}, {@code 提出}, {@code 全省}) and nothing after it but
 * trailing words or a predicate ({@code 预期目标}, {@code 增速}, {@code 从去年的…}). Any other word before or
 * after changes what is measured ({@code 人均地区生产总值}, {@code 海洋生产总值}, {@code 中西部地区生产总值比重}) and the
 * label does not match.
 */
public final class IndicatorCatalogue {

  static final String RESOURCE = "org/duban/core/target/indicators.tsv";

  private static final class Holder {
    static final IndicatorCatalogue INSTANCE = load();
  }

  // 服务业增加值在国内生产总值中的比重, 研发经费支出占地区生产总值的比重, 研发经费支出相当于全市生产总值的比例,
  // 研发经费支出与国内生产总值之比: a share of X in a whole is "X比重" whatever the whole is called.
  private static final Pattern SHARE =
      Pattern.compile("^(.{2,}?)(?:在.+?中的|占.+?的?|相当于.+?的|与.+?之)(?:比重|比例|比率|份额|比)$");

  private final List<Indicator> indicators;
  private final Map<String, Indicator> byId;
  private final Map<String, Indicator> byAlias;
  private final WordTrie<Indicator> aliases;
  private final String version;

  private IndicatorCatalogue(List<Indicator> indicators, String version) {
    this.indicators = List.copyOf(indicators);
    this.version = version;
    Map<String, Indicator> ids = new LinkedHashMap<>();
    Map<String, Indicator> names = new LinkedHashMap<>();
    WordTrie.Builder<Indicator> trie = WordTrie.builder();
    for (Indicator indicator : indicators) {
      if (ids.put(indicator.id(), indicator) != null) {
        throw new IllegalStateException("indicators.tsv: id " + indicator.id() + " is used twice");
      }
      for (String written : indicator.aliases()) {
        String alias = normalise(written);
        names.put(written, indicator);
        Indicator before = names.put(alias, indicator);
        if (before != null && before != indicator) {
          throw new IllegalStateException(
              "indicators.tsv: alias "
                  + alias
                  + " names both "
                  + before.id()
                  + " and "
                  + indicator.id());
        }
        trie.put(alias, indicator);
      }
    }
    this.byId = Map.copyOf(ids);
    this.byAlias = Map.copyOf(names);
    this.aliases = trie.build();
  }

  /** The catalogue shipped with Duban. */
  public static IndicatorCatalogue get() {
    return Holder.INSTANCE;
  }

  private static IndicatorCatalogue load() {
    List<Indicator> list = new ArrayList<>();
    StringBuilder content = new StringBuilder();
    for (String[] row : LexiconFile.rows(RESOURCE)) {
      content.append(String.join("\t", row)).append('\n');
      if (row.length < 5) {
        throw new IllegalStateException(
            "indicators.tsv: a row needs id, name, kind, sense and aliases: "
                + String.join("\t", row));
      }
      String name = row[1].strip();
      List<String> names = new ArrayList<>();
      names.add(name);
      Arrays.stream(row[4].split("\\|"))
          .map(String::strip)
          .filter(a -> !a.isEmpty() && !a.equals(name))
          .forEach(names::add);
      list.add(
          new Indicator(
              row[0].strip(),
              name,
              IndicatorKind.valueOf(row[2].strip().toUpperCase(Locale.ROOT)),
              Sense.valueOf(row[3].strip().toUpperCase(Locale.ROOT)),
              names));
    }
    for (String[] row : LexiconFile.rows("org/duban/core/target/label-words.tsv")) {
      content.append(String.join("\t", row)).append('\n');
    }
    return new IndicatorCatalogue(list, sha256(content.toString()).substring(0, 16));
  }

  /** Every indicator, in the catalogue's order. */
  public List<Indicator> indicators() {
    return indicators;
  }

  /**
   * A short fingerprint of the catalogue and its label words: stored results computed with another
   * catalogue need computing again.
   */
  public String version() {
    return version;
  }

  /** The indicator with this id, or the one an alias or a label names. */
  public Optional<Indicator> find(String idOrName) {
    if (idOrName == null || idOrName.isBlank()) {
      return Optional.empty();
    }
    String s = idOrName.strip();
    Indicator indicator = byId.get(s.toLowerCase(Locale.ROOT));
    if (indicator == null) {
      indicator = byAlias.get(s);
    }
    if (indicator == null) {
      indicator = byAlias.get(normalise(s));
    }
    return indicator != null ? Optional.of(indicator) : match(s);
  }

  /** The indicator a fact's label names, if it is in the catalogue. */
  public Optional<Indicator> match(String label) {
    if (label == null || label.isBlank()) {
      return Optional.empty();
    }
    String s = normalise(label);
    List<WordTrie.Match<Indicator>> found = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      WordTrie.Match<Indicator> m = aliases.longestAt(s, i);
      if (m != null) {
        found.add(m);
      }
    }
    found.sort(
        Comparator.<WordTrie.Match<Indicator>>comparingInt(m -> m.start() - m.end())
            .thenComparingInt(WordTrie.Match::start));
    LabelWords words = LabelWords.get();
    for (WordTrie.Match<Indicator> m : found) {
      if (words.withoutLeads(s.substring(0, m.start()), true).isEmpty()
          && words.harmlessTail(s.substring(m.end()))) {
        return Optional.of(m.value());
      }
    }
    return Optional.empty();
  }

  /**
   * {@code label} without spaces, without the predicate it dragged along (赤字率从去年的 → 赤字率) and with a
   * share of a whole written as "X比重": the form the catalogue's aliases take.
   */
  static String normalise(String label) {
    String s = label.replaceAll("[\\s\u3000]+", "");
    return shareAsRatio(s.substring(0, LabelWords.get().predicateStart(s)));
  }

  /** {@code label} with a share of a whole written as "X比重" (服务业增加值占地区生产总值比重 → 服务业增加值比重). */
  static String shareAsRatio(String label) {
    Matcher share = SHARE.matcher(label);
    return share.matches() ? share.group(1) + "比重" : label;
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
