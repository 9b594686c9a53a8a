package org.duban.app.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.duban.app.cli.DubanCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

  private static final String REPORT =
      "2024年东湖区政府工作报告\n一、2023年工作回顾\n全年地区生产总值达到1234.5亿元，同比增长6.1%。\n"
          + "二、2024年主要任务\n主要预期目标是：地区生产总值增长5%左右。\n";

  @TempDir Path dir;

  private record Run(String out, String err, int status) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new DubanCli());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    return new Run(out.toString(), err.toString(), status);
  }

  private Path report() throws Exception {
    Path file = dir.resolve("东湖区报告.txt");
    Files.writeString(file, REPORT, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void printsFactsInTheSpecsFormAsJsonLines() throws Exception {
    Run run = run("extract", "--format", "jsonl", report().toString());

    assertThat(run.status()).isZero();
    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(3);
    JsonNode gdp = new ObjectMapper().readTree(lines[0]);
    assertThat(gdp.get("doc").asText()).isEqualTo("东湖区报告.txt");
    assertThat(gdp.get("text").asText()).isEqualTo("1234.5亿元");
    assertThat(gdp.get("norm_value").asLong()).isEqualTo(123450000000L);
    assertThat(gdp.get("start").asInt()).isEqualTo(REPORT.indexOf("1234.5亿元"));
    assertThat(gdp.get("modality").asText()).isEqualTo("ACTUAL");
    assertThat(gdp.get("period").asText()).isEqualTo("2023");
    JsonNode target = new ObjectMapper().readTree(lines[2]);
    assertThat(target.get("qualifier").asText()).isEqualTo("about");
    assertThat(target.get("modality").asText()).isEqualTo("TARGET");
    assertThat(target.get("period").asText()).isEqualTo("2024");
  }

  @Test
  void printsATableWithTheSentenceForPeople() throws Exception {
    Run run = run("extract", "--format", "table", report().toString());

    assertThat(run.out()).contains("1234.5亿元", "地区生产总值", "全年地区生产总值达到");
  }

  @Test
  void printsCsvWithAHeader() throws Exception {
    Run run = run("extract", "--format", "csv", report().toString());

    assertThat(run.out().lines().findFirst())
        .hasValue(
            "doc,start,end,text,value,unit,norm_value,norm_unit,norm_high,qualifier,measure,direction,indicator,modality,period,region");
    assertThat(run.out().lines().count()).isEqualTo(4);
  }

  @Test
  void reportsAnUnreadableFileInOneLineAndGoesOn() throws Exception {
    Path binary = dir.resolve("图片.txt");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});

    Run run = run("extract", "--format", "jsonl", binary.toString(), report().toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("图片.txt");
    assertThat(run.out().strip().split("\n")).hasSize(3);
  }
}
