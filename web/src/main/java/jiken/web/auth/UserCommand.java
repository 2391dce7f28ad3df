package jiken.web.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import jiken.crawler.cli.DataDirOption;
import jiken.crawler.store.Database;
import jiken.indexer.cli.Console;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jiken user add|token}: manage writers and admins. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage writer and admin accounts.",
    subcommands = {UserCommand.Add.class, UserCommand.Token.class})
public final class UserCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(Console.out());
  }

  /** {@code user add NAME --role writer|admin --password-stdin}. */
  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Add a user (or reset the password and role of an existing one).")
  public static final class Add implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Option(names = "--role", required = true, description = "writer, admin or reader (read-only)") String role;
    @Option(names = "--password-stdin", required = true, description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Override
    public Integer call() throws IOException {
      String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      try (Database db = Database.open(data.dataDir())) {
        new UserStore(db).add(name, role, password == null ? "" : password.strip());
        Console.out().println("added user " + name + " (" + role + ")");
        return 0;
      } catch (IllegalArgumentException e) {
        System.err.println("error: " + e.getMessage());
        return 2;
      }
    }
  }

  /** {@code user token NAME}: prints a new API token as the last word. */
  @Command(name = "token", mixinStandardHelpOptions = true,
      description = "Issue an API token for a user; the token is the last word of the output.")
  public static final class Token implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Parameters(index = "0", paramLabel = "NAME") String name;

    @Override
    public Integer call() {
      try (Database db = Database.open(data.dataDir())) {
        String token = new UserStore(db).issueToken(name);
        Console.out().println("API token for " + name + ": " + token);
        return 0;
      } catch (IllegalArgumentException e) {
        System.err.println("error: " + e.getMessage());
        return 2;
      }
    }
  }
}
