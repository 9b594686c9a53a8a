package org.duban.core.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lexicon from the classpath: one entry a line, tab-separated columns, {@code #} starts a
 * comment line, blank lines are skipped.
 */
public final class LexiconFile {

  private LexiconFile() {}

  /** The rows of the resource at {@code path} (relative to the classpath root). */
  public static List<String[]> rows(String path) {
    InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("lexicon " + path + " is missing from the classpath");
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + path, e);
    }
    return rows;
  }

  /**
   * The non-blank lines of {@code resource} (relative to {@code owner}'s package), without comments
   * and surrounding spaces.
   */
  public static List<String> lines(Class<?> owner, String resource) {
    String path = owner.getPackageName().replace('.', '/') + "/" + resource;
    List<String> lines = new ArrayList<>();
    for (String[] row : rows(path)) {
      String line = String.join("\t", row).strip();
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return List.copyOf(lines);
  }

  /** The first column of every row. */
  public static List<String> words(String path) {
    List<String> words = new ArrayList<>();
    for (String[] row : rows(path)) {
      words.add(row[0].strip());
    }
    return words;
  }
}
