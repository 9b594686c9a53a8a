package org.duban.app.extract;

import java.io.IOException;
import java.util.List;
import org.duban.core.fact.Fact;
import org.duban.core.text.SourceText;

/** Writes facts in one output format. */
interface FactWriter extends AutoCloseable {

  void write(SourceText source, List<Fact> facts) throws IOException;

  @Override
  default void close() throws IOException {}
}
