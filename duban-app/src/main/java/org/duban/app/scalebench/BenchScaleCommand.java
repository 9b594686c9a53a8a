package org.duban.app.scalebench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.duban.app.audit.Actor;
import org.duban.app.config.DubanProperties;
import org.duban.app.config.Ledger;
import org.duban.app.config.LedgerOptions;
import org.duban.app.document.DocumentFilter;
import org.duban.app.document.DocumentRepository;
import org.duban.app.fact.FactFilter;
import org.duban.app.fact.FactRepository;
import org.duban.app.ingest.IngestReport;
import org.duban.app.ingest.IngestService;
import org.duban.app.search.SearchFilter;
import org.duban.app.search.SearchIndex;
import org.duban.core.text.SourceText;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code duban bench-scale}: fills an empty ledger with a generated corpus of N documents and
 * reports, at each step on the way, how fast it ingested and how fast it still answers.
 */
@Command(
    name = "bench-scale",
    mixinStandardHelpOptions = true,
    description = {
      "Scale benchmark: ingests N documents made from the shipped demo texts (real places,"
          + " years 2005-2024) into an EMPTY ledger (--data DIR or --db-url), and at each step"
          + " reports documents/s, facts/s, database and index size, and p50/p99 of queries as"
          + " the API runs them (search, a page of facts with its count, a page of documents).",
      "Example: ./duban bench-scale --documents 60000 --db-url jdbc:postgresql://127.0.0.1/duban_scale"
          + " --data /tmp/scale"
    })
public final class BenchScaleCommand implements Callable<Integer> {

  private static final List<String> WORDS =
      List.of("生产总值", "财政收入", "绿地", "养老", "就业", "固定资产投资", "空气质量", "公共", "增长", "学校");

  @Spec CommandSpec spec;

  @Mixin LedgerOptions ledger;

  @Option(names = "--documents", required = true, description = "How many documents in the end.")
  long documents;

  @Option(
      names = "--steps",
      split = ",",
      defaultValue = "1000,2000,5000,10000,20000,40000,60000,100000",
      description = "Sizes at which to measure, up to --documents (default: ${DEFAULT-VALUE}).")
  long[] steps;

  @Option(
      names = "--batch",
      defaultValue = "500",
      description = "Documents per ingest run (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(
      names = "--queries",
      defaultValue = "140",
      description = "Queries of each kind at each step (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(
      names = "--max-minutes",
      defaultValue = "0",
      description = "Stop ingesting after this long and report the size reached; 0: no limit.")
  double maxMinutes;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ScaleCorpus corpus = ScaleCorpus.shipped();
    if (documents < 1 || documents > corpus.capacity()) {
      throw new IllegalArgumentException(
          "--documents must be between 1 and " + corpus.capacity() + ", not " + documents);
    }
    try (ConfigurableApplicationContext context = Ledger.startBatch(ledger.properties())) {
      IngestService ingest = context.getBean(IngestService.class);
      DocumentRepository docs = context.getBean(DocumentRepository.class);
      FactRepository facts = context.getBean(FactRepository.class);
      SearchIndex index = context.getBean(SearchIndex.class);
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      Path dataDir = context.getBean(DubanProperties.class).dataDir();
      if (docs.count() > 0) {
        throw new IllegalStateException(
            "the ledger already holds "
                + docs.count()
                + " documents; bench-scale needs an empty one (a new --data folder or database)");
      }
      String database = database(context.getBean(DataSource.class));
      out.printf(
          "bench-scale: up to %d documents on %s, batches of %d, %d queries of each kind per step%n",
          documents, database, batch, queries);
      out.println(
          "| documents | facts | docs/s | facts/s | database MB | index MB | search p50/p99 ms"
              + " | facts p50/p99 ms | documents p50/p99 ms |");
      out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
      out.flush();
      long deadline =
          maxMinutes > 0 ? System.nanoTime() + (long) (maxMinutes * 60e9) : Long.MAX_VALUE;
      long[] sizes =
          Arrays.stream(steps).filter(s -> s > 0 && s < documents).sorted().distinct().toArray();
      sizes = Arrays.copyOf(sizes, sizes.length + 1);
      sizes[sizes.length - 1] = documents;
      long done = 0;
      double ingestSeconds = 0;
      for (long size : sizes) {
        while (done < size && System.nanoTime() < deadline) {
          int n = (int) Math.min(batch, size - done);
          List<SourceText> texts = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            texts.add(corpus.document(done + i));
          }
          IngestReport report = ingest.ingestTexts(texts, Actor.system("bench-scale"));
          if (!report.failures().isEmpty()) {
            throw new IllegalStateException("bench-scale: " + report.failures().get(0).message());
          }
          ingestSeconds += report.elapsed().toNanos() / 1e9;
          done += n;
        }
        long factCount = jdbc.sql("select count(*) from fact").query(Long.class).single();
        long docCount = docs.count();
        Latencies search = new Latencies();
        Latencies factPage = new Latencies();
        Latencies docPage = new Latencies();
        // Every query distinct (its own place), so none is answered from a cache.
        for (int q = 0; q < queries; q++) {
          String place = ScaleCorpus.PLACES.get(q % ScaleCorpus.PLACES.size());
          String word = WORDS.get(q % WORDS.size());
          Integer year = 2005 + q % 20;
          SearchFilter where = new SearchFilter(place, q % 2 == 0 ? year : null, null, null);
          search.time(() -> index.search(word, where, 20, 0));
          FactFilter filter =
              new FactFilter(place, q % 3 == 0 ? word : null, null, null, null, null);
          factPage.time(
              () -> {
                facts.count(filter);
                facts.find(filter, 50, 0);
              });
          DocumentFilter documentFilter = new DocumentFilter(place, q % 2 == 0 ? year : null, null);
          docPage.time(
              () -> {
                docs.count(documentFilter);
                docs.list(documentFilter, 50, 0);
              });
        }
        out.printf(
            "| %d | %d | %.1f | %.0f | %.1f | %.1f | %s | %s | %s |%n",
            docCount,
            factCount,
            docCount / Math.max(1e-9, ingestSeconds),
            factCount / Math.max(1e-9, ingestSeconds),
            databaseBytes(jdbc, database, dataDir) / 1e6,
            folderBytes(index.path()) / 1e6,
            search,
            factPage,
            docPage);
        out.flush();
        if (done < size) {
          out.printf("stopped after --max-minutes %.0f with %d documents%n", maxMinutes, docCount);
          break;
        }
      }
      return 0;
    }
  }

  private static String database(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion().split(" ")[0];
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database's name: " + e.getMessage(), e);
    }
  }

  private static long databaseBytes(JdbcClient jdbc, String database, Path dataDir) {
    if (database.startsWith("PostgreSQL")) {
      return jdbc.sql("select pg_database_size(current_database())").query(Long.class).single();
    }
    return folderBytes(dataDir) - folderBytes(dataDir.resolve("index"));
  }

  private static long folderBytes(Path dir) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(BenchScaleCommand::size).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // a file Lucene or H2 removed meanwhile
    }
  }
}
