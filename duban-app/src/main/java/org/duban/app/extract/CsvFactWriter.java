package org.duban.app.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.duban.core.fact.Fact;
import org.duban.core.text.SourceText;

/** Facts as CSV with the spec's field names as header. */
final class CsvFactWriter implements FactWriter {

  private final CSVPrinter printer;
  private boolean headerWritten;

  CsvFactWriter(PrintWriter out) {
    try {
      this.printer = new CSVPrinter(out, CSVFormat.DEFAULT);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void write(SourceText source, List<Fact> facts) throws IOException {
    for (Fact fact : facts) {
      Map<String, Object> fields = FactFields.of(source.name(), fact);
      if (!headerWritten) {
        printer.printRecord(fields.keySet());
        headerWritten = true;
      }
      printer.printRecord(fields.values());
    }
    printer.flush();
  }

  @Override
  public void close() throws IOException {
    printer.flush();
  }
}
