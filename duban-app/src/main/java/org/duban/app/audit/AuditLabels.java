package org.duban.app.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Chinese names of action and record codes, from {@code labels.tsv}; unknown codes as is. */
public final class AuditLabels {

  private AuditLabels() {}

  private static final class Holder {
    static final Map<String, String> LABELS = load();
  }

  /** The action's name for people: 登录 for {@code LOGIN}. */
  public static String action(String code) {
    return label("action", code);
  }

  /** The kind of record's name for people: 文档 for {@code document}. */
  public static String entity(String code) {
    return label("entity", code);
  }

  /** The known action codes and their names, in the order of labels.tsv. */
  public static Map<String, String> actions() {
    return all("action");
  }

  /** The known kinds of record and their names, in the order of labels.tsv. */
  public static Map<String, String> entities() {
    return all("entity");
  }

  private static Map<String, String> all(String kind) {
    Map<String, String> codes = new LinkedHashMap<>();
    Holder.LABELS.forEach(
        (key, label) -> {
          if (key.startsWith(kind + "\t")) {
            codes.put(key.substring(kind.length() + 1), label);
          }
        });
    return codes;
  }

  private static String label(String kind, String code) {
    return code == null ? null : Holder.LABELS.getOrDefault(kind + "\t" + code, code);
  }

  private static Map<String, String> load() {
    Map<String, String> labels = new LinkedHashMap<>();
    try (InputStream in = AuditLabels.class.getResourceAsStream("labels.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        labels.put(columns[0] + "\t" + columns[1], columns[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(labels);
  }
}
