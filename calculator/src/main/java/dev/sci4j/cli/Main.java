package dev.sci4j.cli;

import dev.sci4j.input.InvalidInputException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sci4j} command line. Exit codes: 0 success, 1 failure of sci4j itself (a bug, reported with its
 * stack trace), 2 bad input (a user mistake, an {@link InvalidInputException} raised by the input layer,
 * reported as one sentence without a stack trace).
 */
@Command(
        name = "sci4j",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description =
                "Software Carbon Intensity (ISO/IEC 21031:2024): SCI = (E x I + M) / R, in gCO2e per functional unit.",
        subcommands = {
            ScoreCommand.class,
            DemoCommand.class,
            EmbodiedCommand.class,
            EstimateCommand.class,
            GridCommand.class,
            CheckCommand.class,
            ReportCommand.class,
            KeygenCommand.class,
            VerifyCommand.class,
            VerifyClaimCommand.class,
            CompareCommand.class,
            ProfileCommand.class,
            CommandLine.HelpCommand.class
        })
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
        return run(Clock.systemUTC(), out, err, args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, String...)}, with {@code clock} as "now" (e.g. the end of a fleet window). */
    static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        Locale.setDefault(Locale.ROOT);
        CommandLine cli = new CommandLine(new Main(), new Factory(clock));
        AsciiNumbers.register(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            err.println(command + ": " + ex.getMessage());
            err.println("Run '" + command + " --help' for usage.");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
                failed(ex, commandLine.getCommandSpec().qualifiedName(), err));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * A user mistake ({@link InvalidInputException}) is one sentence and exit 2; anything else is a bug in sci4j:
     * exit 1, saying so, with the stack trace for the report.
     */
    static int failed(Exception ex, String command, PrintWriter err) {
        if (ex instanceof InvalidInputException) {
            // One sentence on one line, also when a message quotes a multi-line value.
            err.println(command + ": " + String.valueOf(ex.getMessage()).strip().replaceAll("\\s*\\R\\s*", " "));
            return BAD_INPUT;
        }
        err.println("sci4j: internal error (this is a bug in sci4j, please report it): " + ex);
        ex.printStackTrace(err);
        return FAILURE;
    }

    /** Creates the commands, handing the clock to those that need "now". */
    private static final class Factory implements CommandLine.IFactory {
        private final Clock clock;

        Factory(Clock clock) {
            this.clock = clock;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ScoreCommand.class) {
                return type.cast(new ScoreCommand(clock));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
