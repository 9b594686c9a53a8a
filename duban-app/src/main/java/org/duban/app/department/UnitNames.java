package org.duban.app.department;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The forms of a unit's name: as written in a document, tidied, and the comparison key in which
 * every long form of a word is replaced by its short one (区发展改革委 and 区发改委 share the key 区发改委).
 */
public final class UnitNames {

  private static final class Holder {
    static final List<String[]> ABBREVIATIONS = load();

    private static List<String[]> load() {
      List<String[]> pairs = new ArrayList<>();
      try (InputStream in = UnitNames.class.getResourceAsStream("unit-abbreviations.tsv")) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String l = line.strip();
          if (l.isEmpty() || l.startsWith("#")) {
            continue;
          }
          String[] pair = l.split("\t");
          if (pair.length == 2) {
            pairs.add(pair);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // The longest long form first, so 发展和改革委员会 is replaced before 发展改革委.
      pairs.sort(Comparator.comparingInt((String[] p) -> p[0].length()).reversed());
      return List.copyOf(pairs);
    }
  }

  private UnitNames() {}

  /** The name without spaces around or inside it and without a closing 等. */
  public static String tidy(String name) {
    if (name == null) {
      return "";
    }
    String s = name.replaceAll("[\\s\\u3000]+", "");
    while (s.endsWith("等")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** The key two names of the same unit share. */
  public static String key(String name) {
    String s = tidy(name);
    for (String[] pair : Holder.ABBREVIATIONS) {
      s = s.replace(pair[0], pair[1]);
    }
    return s;
  }

  /** A list of units as written in a cell or a form: "区发改委、区财政局，区商务委". */
  public static List<String> split(String list) {
    List<String> names = new ArrayList<>();
    if (list == null) {
      return names;
    }
    for (String part : list.split("[、，,；;/\\n]")) {
      String name = tidy(part);
      if (!name.isEmpty() && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }
}
