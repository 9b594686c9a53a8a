package org.duban.app.extract;

import java.io.PrintWriter;

/** The output formats of {@code duban extract}. */
public enum FactFormat {
  jsonl,
  csv,
  table;

  FactWriter writer(PrintWriter out) {
    return switch (this) {
      case jsonl -> new JsonLinesFactWriter(out);
      case csv -> new CsvFactWriter(out);
      case table -> new TableFactWriter(out);
    };
  }
}
