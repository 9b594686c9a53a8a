package org.duban.app.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.duban.core.fact.Fact;
import org.duban.core.text.SourceText;

/** One JSON object per fact per line, in the form the scorer reads. */
final class JsonLinesFactWriter implements FactWriter {

  private final ObjectMapper json = new ObjectMapper();
  private final PrintWriter out;

  JsonLinesFactWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(SourceText source, List<Fact> facts) throws IOException {
    for (Fact fact : facts) {
      out.println(json.writeValueAsString(FactFields.of(source.name(), fact)));
    }
  }
}
