package dev.sci4j.cli;

import dev.sci4j.input.InvalidInputException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sci4j} command line. Exit codes: 0 success, 1 failure of sci4j itself, 2 bad input (a user
 * mistake, reported as one sentence without a stack trace).
 */
@Command(name = "sci4j",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Software Carbon Intensity (ISO/IEC 21031:2024): SCI = (E x I + M) / R, in gCO2e per functional unit.",
        subcommands = {ScoreCommand.class, DemoCommand.class, EmbodiedCommand.class, EstimateCommand.class, GridCommand.class,
                CheckCommand.class, ReportCommand.class, KeygenCommand.class, VerifyCommand.class, CompareCommand.class,
                ProfileCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // No subcommand: show what there is to run, and treat it as a usage mistake.
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command, e.g. 'sci4j score --help'");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs the CLI with the given streams and returns the exit code; tests call this in-process. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Locale.setDefault(Locale.ROOT);
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            err.println(command + ": " + ex.getMessage());
            err.println("Run '" + command + " --help' for usage.");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String command = commandLine.getCommandSpec().qualifiedName();
            if (ex instanceof InvalidInputException) {
                err.println(command + ": " + ex.getMessage());
                return BAD_INPUT;
            }
            err.println(command + ": internal error: " + ex);
            if (System.getenv("SCI4J_DEBUG") != null) {
                ex.printStackTrace(err);
            } else {
                err.println("Set SCI4J_DEBUG=1 for the stack trace, and please report it.");
            }
            return FAILURE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
