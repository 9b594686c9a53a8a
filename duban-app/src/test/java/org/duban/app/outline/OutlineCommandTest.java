package org.duban.app.outline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.duban.app.cli.DubanCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OutlineCommandTest {

  private static final String ARRANGEMENT =
      String.join(
          "\n",
          "2024年区政府重点工作安排",
          "根据区委工作要求，2024年区政府重点工作具体安排如下：",
          "一、牢牢把握高质量发展主题",
          "1.全力推动区域经济稳中有进。全年实现地区生产总值增长5%。（区发改委牵头，区商务委配合）",
          "2.高质量开展投资促进工作。全年引进优质项目120个。",
          "");

  @TempDir Path dir;

  private String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new DubanCli());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    return new String[] {out.toString(), err.toString(), String.valueOf(status)};
  }

  @Test
  void printsOneJsonObjectPerNodeWithCodePointOffsetsIntoTheFile() throws Exception {
    Path file = dir.resolve("安排.txt");
    Files.writeString(file, "𠮷" + ARRANGEMENT, StandardCharsets.UTF_8);
    String[] result = run("outline", "--format", "jsonl", file.toString());
    assertThat(result[2]).isEqualTo("0");
    List<String> lines = result[0].lines().toList();
    assertThat(lines).hasSize(3);
    ObjectMapper json = new ObjectMapper();
    JsonNode task = json.readTree(lines.get(1));
    assertThat(task.fieldNames())
        .toIterable()
        .containsExactly("doc", "level", "number", "title", "start", "end", "role", "kind");
    assertThat(task.get("doc").asText()).isEqualTo("安排.txt");
    assertThat(task.get("level").asInt()).isEqualTo(2);
    assertThat(task.get("number").asText()).isEqualTo("1");
    assertThat(task.get("title").asText()).isEqualTo("全力推动区域经济稳中有进");
    assertThat(task.get("role").asText()).isEqualTo("plan");
    assertThat(task.get("kind").asText()).isEqualTo("task");
    String text = "𠮷" + ARRANGEMENT;
    int start = text.offsetByCodePoints(0, task.get("start").asInt());
    assertThat(text.substring(start)).startsWith("1.全力推动");
    JsonNode part = json.readTree(lines.get(0));
    assertThat(part.get("level").asInt()).isEqualTo(1);
    assertThat(part.get("kind").asText()).isEqualTo("part");
  }

  @Test
  void printsATreeWithRolesAndResponsibleUnits() throws Exception {
    Path file = dir.resolve("安排.txt");
    Files.writeString(file, ARRANGEMENT, StandardCharsets.UTF_8);
    String[] result = run("outline", file.toString());
    assertThat(result[0])
        .contains("安排.txt: 2024年区政府重点工作安排 [重点工作安排, 2024]")
        .contains("一 牢牢把握高质量发展主题  (plan, part)")
        .contains("1 全力推动区域经济稳中有进  (plan, task)  牵头: 区发改委  配合: 区商务委");
  }

  @Test
  void reportsAFileItCannotReadInOneLineAndGoesOn() throws Exception {
    Path good = dir.resolve("安排.txt");
    Files.writeString(good, ARRANGEMENT, StandardCharsets.UTF_8);
    Path empty = Files.createFile(dir.resolve("空.txt"));
    String[] result = run("outline", "--format", "jsonl", empty.toString(), good.toString());
    assertThat(result[2]).isEqualTo("1");
    assertThat(result[1].strip())
        .isEqualTo(
            "duban: cannot read 空.txt: the file is empty; check that it was saved or downloaded fully");
    assertThat(result[0].lines()).hasSize(3);
  }
}
