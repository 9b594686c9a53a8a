package org.duban.app.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.duban.app.cli.DubanCli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code duban users} on a data folder of its own. */
class UsersCommandTest {

  @TempDir Path data;

  private final InputStream stdin = System.in;

  @AfterEach
  void restoreStdin() {
    System.setIn(stdin);
  }

  private record Run(int status, String out, String err) {}

  private Run run(String input, String... args) {
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new DubanCli());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr().println("duban: " + e.getMessage());
          return 2;
        });
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void addsUsersOfEachRoleAndListsThem() {
    String dir = data.toString();
    Run supervisor =
        run(
            "secret-one\n",
            "users",
            "add",
            "zhang",
            "--role",
            "SUPERVISOR",
            "--data",
            dir,
            "--password-stdin");
    Run department =
        run(
            "secret-two\n",
            "users",
            "add",
            "li",
            "--role",
            "DEPARTMENT",
            "--department",
            "区发展改革委",
            "--email",
            "li@example.org",
            "--data",
            dir,
            "--password-stdin");
    Run list = run("", "users", "list", "--data", dir);

    assertThat(supervisor.status()).isZero();
    assertThat(supervisor.out()).contains("added user zhang (SUPERVISOR)");
    assertThat(department.out()).contains("added user li (DEPARTMENT, 区发展改革委)");
    assertThat(list.out())
        .contains("zhang\tSUPERVISOR")
        .contains("li\tDEPARTMENT\t区发展改革委\tli@example.org");
  }

  @Test
  void refusesADepartmentUserWithoutDepartmentAndAShortPassword() {
    String dir = data.toString();
    Run noDepartment =
        run(
            "long-enough\n",
            "users",
            "add",
            "wang",
            "--role",
            "DEPARTMENT",
            "--data",
            dir,
            "--password-stdin");
    Run shortPassword =
        run(
            "short\n",
            "users",
            "add",
            "wang",
            "--role",
            "LEADER",
            "--data",
            dir,
            "--password-stdin");
    Run unknownRole =
        run(
            "long-enough\n",
            "users",
            "add",
            "wang",
            "--role",
            "BOSS",
            "--data",
            dir,
            "--password-stdin");

    assertThat(noDepartment.status()).isNotZero();
    assertThat(noDepartment.err()).contains("give it with --department");
    assertThat(shortPassword.err()).contains("at least 8 characters");
    assertThat(unknownRole.status()).isNotZero();
    assertThat(unknownRole.err()).contains("BOSS");
    assertThat(run("", "users", "list", "--data", dir).out()).doesNotContain("wang");
  }
}
