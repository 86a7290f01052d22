package dev.ratchet.harness.cli;

import dev.ratchet.harness.run.Runner;
import dev.ratchet.tasks.SuiteFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code ratchet} command line. Everything is wired by hand in the subcommands. */
@Command(name = "ratchet", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Runs coding agents on benchmark tasks and measures how verification compounds "
                + "single-call accuracy into reliability.",
        subcommands = {RunCommand.class, TasksCommand.class, ReportCommand.class, CompareCommand.class, ShowCommand.class,
                ExperimentCommand.class,
                MergeCommand.class, ImagesCommand.class, RetrievalCommand.class, BranchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the CLI with the given streams and returns the exit code; used by tests too. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err).execute(args);
    }

    /**
     * The CLI with its error handling: bad input ({@link UserError}, a malformed suite, a flag picocli cannot parse)
     * is one line and exit 2; results that cannot be written, one line and exit 1; anything else is a bug in Ratchet:
     * one line, a hint to set RATCHET_DEBUG=1 for the stack trace, and exit 70.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        versionEverywhere(cli);
        cli.setOut(out);
        cli.setErr(err);
        // Both handlers write to err itself: a subcommand added later would not have it as its getErr().
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            err.println("ratchet: " + e.getMessage().replace('\n', ' ') + " (see "
                    + cmd.getCommandSpec().qualifiedName() + " --help)");
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            boolean debug = System.getenv("RATCHET_DEBUG") != null;
            err.println("ratchet: " + oneLine(e));
            if (!isExpected(e) && !debug) err.println("ratchet: this is a bug in Ratchet; set RATCHET_DEBUG=1 to see where");
            if (debug) e.printStackTrace(err);
            return exitCode(e);
        });
        return cli;
    }

    /** Every subcommand lists -V/--version (the standard help options): make it print the version there too. */
    private static void versionEverywhere(CommandLine cli) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getCommandSpec().versionProvider() == null) sub.getCommandSpec().versionProvider(new Version());
            versionEverywhere(sub);
        }
    }

    /**
     * Exit codes of a thrown fault: 2 bad input, 1 a fault Ratchet reports plainly (results could not be written),
     * 70 a bug. {@code run} itself returns 3 for too many ERROR samples ({@link MaxErrors}); 130 is the JVM's on Ctrl-C.
     */
    static int exitCode(Throwable e) {
        if (isUserError(e)) return 2;
        if (e instanceof Runner.RecordingFailed) return 1;
        return 70; // EX_SOFTWARE
    }

    private static boolean isUserError(Throwable e) {
        return e instanceof UserError || e instanceof SuiteFormatException;
    }

    private static boolean isExpected(Throwable e) {
        return exitCode(e) != 70;
    }

    static String oneLine(Throwable e) {
        String msg = isExpected(e) ? String.valueOf(e.getMessage())
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return msg.replace('\n', ' ');
    }
}
