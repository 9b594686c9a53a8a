package org.duban.app.search;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.duban.app.config.Ledger;
import org.duban.app.config.LedgerOptions;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code duban reindex}: rebuilds the search index from the database. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = "Rebuild the full-text search index from the documents in the ledger.")
public final class ReindexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LedgerOptions ledger;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    long started = System.nanoTime();
    try (ConfigurableApplicationContext context = Ledger.startBatch(ledger.properties())) {
      int n = context.getBean(SearchIndexer.class).rebuild();
      out.printf(
          "indexed %d documents into %s in %.1f s%n",
          n, context.getBean(SearchIndex.class).path(), (System.nanoTime() - started) / 1e9);
      out.flush();
      return 0;
    }
  }
}
