package org.duban.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.app.config.DubanProperties;
import org.duban.app.ledger.CliProcess;
import org.duban.app.ledger.ComposedText;
import org.duban.app.search.SearchFilter;
import org.duban.app.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code duban ingest} (a child JVM) at a random point, as {@code kill -9} does, then
 * ingests again: every file reported added before the kill is stored, the database and the search
 * index hold the same documents, and searches find what they find after a clean ingest (issue 12).
 */
class IngestCrashTest {

  private static final int FILES = 24;
  private static final List<String> QUERIES = List.of("地区生产总值", "养老床位", "临江区", "增长");
  private static final Duration RUN = Duration.ofMinutes(5);

  @TempDir Path work;

  @Test
  void aKilledIngestLosesNothingReportedAndTheNextRunRepairsTheIndex() throws Exception {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    Path input = compose(work.resolve("input"));
    Path clean = work.resolve("clean");
    assertThat(ingest(clean, input, "clean.log").await(RUN)).isZero();
    Map<String, Long> expected = totals(clean);
    assertThat(expected.values()).allMatch(n -> n > 0);

    for (int round = 0; round < 2; round++) {
      Path crashed = work.resolve("crashed-" + round);
      // Kill after a random stored file, or while indexing, or while committing the index.
      int killAfter = 1 + random.nextInt(FILES + 2);
      CliProcess run = ingest(crashed, input, "crash-" + round + ".log");
      boolean reached = run.awaitLine(line -> reached(line, killAfter), RUN);
      Thread.sleep(random.nextInt(200));
      run.kill();
      String before = run.output();
      Set<String> reportedAdded = new HashSet<>();
      before
          .lines()
          .filter(l -> l.matches("\\[\\d+/\\d+\\] added .*"))
          .forEach(
              l ->
                  reportedAdded.add(
                      Path.of(l.replaceAll(".* added (.*) \\(.*", "$1")).getFileName().toString()));
      String context =
          "seed " + seed + ", killed after step " + killAfter + " (reached: " + reached + ")";

      assertThat(storedFiles(crashed)).as(context).containsAll(reportedAdded);

      CliProcess again = ingest(crashed, input, "again-" + round + ".log");
      assertThat(again.await(RUN)).as(context + "\n" + again.output()).isZero();
      // Every file reported added was kept; a file may also be kept that the kill stopped from
      // being reported.
      Matcher unchanged = Pattern.compile("unchanged (\\d+)").matcher(again.output());
      assertThat(unchanged.find()).as(context + "\n" + again.output()).isTrue();
      assertThat(Integer.parseInt(unchanged.group(1)))
          .as(context)
          .isGreaterThanOrEqualTo(reportedAdded.size());
      assertThat(storedFiles(crashed)).as(context).hasSize(FILES);
      try (SearchIndex index = open(crashed)) {
        assertThat(index.documentIds()).as(context).isEqualTo(documentIds(crashed));
      }
      assertThat(totals(crashed)).as(context).isEqualTo(expected);
    }
  }

  private static boolean reached(String line, int step) {
    if (step <= FILES) {
      return line.startsWith("[" + step + "/" + FILES + "]");
    }
    return step == FILES + 1
        ? line.startsWith("indexing ") || line.startsWith("committing")
        : line.startsWith("committing");
  }

  private Path compose(Path folder) throws Exception {
    Files.createDirectories(folder);
    ComposedText text = new ComposedText(12);
    for (int i = 0; i < FILES; i++) {
      String place = i % 2 == 0 ? "临江区" : "清河区";
      Files.writeString(
          folder.resolve(String.format("报告-%02d.txt", i)),
          text.report(place, 2000 + i, 6_000 + 500 * i, true),
          StandardCharsets.UTF_8);
    }
    return folder;
  }

  private CliProcess ingest(Path data, Path input, String log) throws Exception {
    return CliProcess.start(
        work.resolve(log), Map.of(), "ingest", "--data", data.toString(), input.toString());
  }

  private static SearchIndex open(Path data) throws Exception {
    return new SearchIndex(new DubanProperties(data, data.resolve("index"), false));
  }

  private static Map<String, Long> totals(Path data) throws Exception {
    Map<String, Long> totals = new LinkedHashMap<>();
    try (SearchIndex index = open(data)) {
      for (String q : QUERIES) {
        totals.put(
            q, (long) index.search(q, new SearchFilter(null, null, null, null), 1, 0).total());
      }
    }
    return totals;
  }

  private static Set<String> storedFiles(Path data) throws SQLException {
    return strings(data, "select file_name from source_file");
  }

  private static Set<Long> documentIds(Path data) throws SQLException {
    Set<Long> ids = new HashSet<>();
    for (String id : strings(data, "select id from document")) {
      ids.add(Long.parseLong(id));
    }
    return ids;
  }

  private static Set<String> strings(Path data, String sql) throws SQLException {
    Set<String> values = new HashSet<>();
    if (!Files.exists(data.resolve("ledger.mv.db"))) {
      return values;
    }
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:h2:file:" + data.resolve("ledger") + ";ACCESS_MODE_DATA=r", "sa", "");
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).contains("not found")) {
        return values; // killed before its schema was created
      }
      throw e;
    }
    return values;
  }
}
