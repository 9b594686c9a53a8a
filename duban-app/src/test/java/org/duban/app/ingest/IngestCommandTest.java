package org.duban.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.duban.app.cli.DubanCli;
import org.duban.app.ledger.LedgerFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code duban ingest} from the command line, on a data folder of its own. */
class IngestCommandTest {

  @TempDir Path data;
  @TempDir Path input;

  private record Run(int status, String out) {}

  private Run ingest() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new DubanCli());
    cli.setOut(new PrintWriter(out));
    int status = cli.execute("ingest", "--data", data.toString(), input.toString());
    return new Run(status, out.toString());
  }

  @Test
  void reportsFailedFilesWithTheirReasonStoresTheRestAndIsIdempotent() throws Exception {
    Files.writeString(input.resolve("报告.txt"), LedgerFixtures.REPORT, StandardCharsets.UTF_8);
    Files.writeString(
        input.resolve("安排.txt"), "2024年重点工作安排\n1.新增就业岗位3万个。\n", StandardCharsets.UTF_8);
    Files.write(input.resolve("image.bin"), new byte[] {(byte) 0xff, (byte) 0xd8, 0, 1, 2});
    Files.write(input.resolve("empty.txt"), new byte[0]);

    Run first = ingest();
    Run second = ingest();

    assertThat(first.status()).isEqualTo(1);
    assertThat(first.out())
        .contains("added 2 files (2 documents), unchanged 0, failed 2")
        .containsPattern("failed: cannot \\w+ image\\.bin: .*binary")
        .containsPattern("failed: cannot \\w+ \\S*empty\\.txt: the file is empty");
    assertThat(first.out()).containsPattern("\\[4/4\\] \\w+ .*\\(\\d+\\.\\d files/s, ETA 0 s\\)");
    assertThat(second.out()).contains("added 0 files (0 documents), unchanged 2, failed 2");
    assertThat(data.resolve("ledger.mv.db")).exists();
    assertThat(data.resolve("index")).isDirectory();
  }
}
