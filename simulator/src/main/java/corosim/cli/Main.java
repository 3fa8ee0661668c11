package corosim.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code corosim} command. */
@Command(
    name = "corosim",
    description = "Deterministic coroutine scheduler simulator: runs Python asyncio programs on a "
        + "virtual clock, reproducing CPython 3.11's schedule.",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    subcommands = {RunCommand.class, BenchCommand.class})
public final class Main implements Runnable {
  private static final PrintStream OUT =
      new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
  private static final PrintStream ERR =
      new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

  static PrintStream stdout() {
    return OUT;
  }

  static PrintStream stderr() {
    return ERR;
  }

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    int code = execute(args);
    OUT.flush();
    ERR.flush();
    System.exit(code);
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new java.io.PrintWriter(OUT, true));
    cli.setErr(new java.io.PrintWriter(ERR, true));
    cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL_ERROR);
    cli.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("corosim: " + ex.getMessage());
      ex.getCommandLine().usage(ex.getCommandLine().getErr());
      return ExitCodes.USAGE;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(OUT);
  }

  /** The version printed by {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"corosim " + (v == null ? "dev" : v) + " (CPython 3.11 asyncio semantics)"};
    }
  }
}
