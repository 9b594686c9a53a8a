package org.duban.app.user;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.duban.app.audit.Actor;
import org.duban.app.config.Ledger;
import org.duban.app.config.LedgerOptions;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code duban users}: the people who log in to the ledger. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "Add and list the users who log in to the ledger.",
    subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class})
public final class UsersCommand implements Runnable {

  /** Where an unattended script puts the new user's password. */
  static final String PASSWORD_VARIABLE = "DUBAN_USER_PASSWORD";

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code duban users add NAME --role ROLE [--department D] [--email E]}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Add a user. The password comes from the environment variable "
            + PASSWORD_VARIABLE
            + ", from standard input with --password-stdin, or is asked for twice at the"
            + " terminal.",
        "Roles: ADMIN (users and everything), SUPERVISOR (督查室: every item and action),"
            + " DEPARTMENT (联络员 of one department: its items only), LEADER (reads everything,"
            + " receives escalations)."
      })
  static final class Add implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin LedgerOptions ledger;

    @Parameters(index = "0", paramLabel = "NAME", description = "The user name to log in with.")
    String name;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "ROLE",
        description = "${COMPLETION-CANDIDATES}")
    Role role;

    @Option(
        names = "--department",
        paramLabel = "D",
        description = "The department a DEPARTMENT user speaks for (created if new).")
    String department;

    @Option(names = "--email", paramLabel = "E", description = "Where reminders are sent.")
    String email;

    @Option(
        names = "--password-stdin",
        description = "Read the password from the first line of standard input (for scripts).")
    boolean passwordFromStdin;

    @Override
    public Integer call() throws IOException {
      String password = passwordFromStdin ? firstLineOfStdin() : password();
      try (ConfigurableApplicationContext context = Ledger.startBatch(ledger.properties())) {
        UserAccount user =
            context
                .getBean(UserService.class)
                .add(new NewUser(name, role, department, email, password), Actor.cli());
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
            "added user %s (%s%s)%n",
            user.username(),
            user.role().name(),
            user.departmentName() == null ? "" : ", " + user.departmentName());
        out.flush();
        return 0;
      }
    }
  }

  /** {@code duban users list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users.")
  static final class ListUsers implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin LedgerOptions ledger;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context = Ledger.startBatch(ledger.properties())) {
        PrintWriter out = spec.commandLine().getOut();
        for (UserAccount user : context.getBean(UserRepository.class).all()) {
          out.printf(
              "%s\t%s\t%s\t%s%n",
              user.username(),
              user.role().name(),
              user.departmentName() == null ? "" : user.departmentName(),
              user.email() == null ? "" : user.email());
        }
        out.flush();
        return 0;
      }
    }
  }

  private static String firstLineOfStdin() throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line = in.readLine();
    if (line == null || line.isEmpty()) {
      throw new IllegalArgumentException("no password on standard input; nothing was added");
    }
    return line;
  }

  private static String password() {
    String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return fromEnvironment;
    }
    Console console = System.console();
    if (console == null) {
      throw new IllegalArgumentException(
          "no password: set " + PASSWORD_VARIABLE + " or run the command at a terminal");
    }
    char[] first = console.readPassword("password for the new user: ");
    char[] second = console.readPassword("the same password again: ");
    if (first == null || second == null || !Arrays.equals(first, second)) {
      throw new IllegalArgumentException("the two passwords differ; nothing was added");
    }
    return new String(first);
  }
}
