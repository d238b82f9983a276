package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the commands the documentation shows, as a reader would: in one bash shell, in a directory holding a copy
 * of {@code docs/example}, with {@code ./sci4j} running this module's CLI; and checks that what the documentation
 * shows was printed. Shared by the walkthroughs' and the guides' tests.
 */
final class DocShell {
    static final Path DOCS = Path.of("..", "docs");
    private static final String EXIT_LINE = "@@doc-exit ";

    private final Path dir;

    private DocShell(Path dir) {
        this.dir = dir;
    }

    /** Whether the tools the documentation's commands use are here. */
    static boolean available() {
        return onPath("bash") && onPath("sed");
    }

    /** {@code dir} with {@code docs/example} copied in and an executable {@code ./sci4j}. */
    static DocShell in(Path dir) throws IOException {
        copy(DOCS.resolve("example"), dir.resolve("docs").resolve("example"));
        Path launcher = dir.resolve("sci4j");
        Files.writeString(launcher, "#!/bin/sh\nexec \"$DOC_JAVA\" -cp \"$DOC_CP\" dev.sci4j.cli.Main \"$@\"\n");
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        return new DocShell(dir);
    }

    Path dir() {
        return dir;
    }

    /** A command as shown (continuation lines joined) and the exit code the documentation says it has. */
    record Command(String text, int expectedExit) {}

    /** What one command printed (stdout and stderr, in order) and its exit code. */
    record Ran(Command command, int exit, List<String> output) {}

    /**
     * Runs the commands in order in one shell, each {@link Command#text()} through {@code toShell} first (e.g. a
     * path the documentation shows replaced by one in the test's directory).
     */
    List<Ran> run(List<Command> commands, UnaryOperator<String> toShell) throws Exception {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < commands.size(); i++) {
            script.append(toShell.apply(commands.get(i).text())).append('\n');
            script.append("echo \"").append(EXIT_LINE).append(i).append(" $?\"\n");
        }
        Path file = Files.writeString(dir.resolve("doc-commands.sh"), script.toString());
        Path out = dir.resolve("doc-commands.out");
        ProcessBuilder builder = new ProcessBuilder("bash", file.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile());
        builder.environment()
                .put(
                        "DOC_JAVA",
                        Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("DOC_CP", System.getProperty("java.class.path"));
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the documented commands did not finish within 3 minutes");
        }
        List<Ran> ran = new ArrayList<>();
        List<String> output = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            if (line.startsWith(EXIT_LINE)) {
                String[] parts = line.substring(EXIT_LINE.length()).split(" ");
                Command command = commands.get(Integer.parseInt(parts[0]));
                ran.add(new Ran(command, Integer.parseInt(parts[1]), List.copyOf(output)));
                output.clear();
            } else {
                output.add(line);
            }
        }
        assertThat(ran)
                .as("commands that ran; then printed:\n%s", String.join("\n", output))
                .hasSize(commands.size());
        return ran;
    }

    /** Each command exited as the documentation says. */
    static void assertExits(List<Ran> ran) {
        String transcript = ran.stream()
                .flatMap(r -> Stream.concat(Stream.of("$ " + r.command().text()), r.output().stream()))
                .collect(Collectors.joining("\n"));
        for (Ran r : ran) {
            assertThat(r.exit())
                    .as("exit code of\n%s\nprinted:\n%s", r.command().text(), transcript)
                    .isEqualTo(r.command().expectedExit());
        }
    }

    /** Each shown line is a whole printed line, after the previous one; "…" stands for any text. */
    static void assertShownInOrder(List<String> shown, List<String> printed) {
        assertShownInOrder("", shown, printed);
    }

    static void assertShownInOrder(String what, List<String> shown, List<String> printed) {
        assertThat(shown).isNotEmpty();
        int next = 0;
        for (String line : shown) {
            Pattern pattern = Pattern.compile(
                    Stream.of(line.split("…", -1)).map(Pattern::quote).collect(Collectors.joining(".*")));
            int found = -1;
            for (int i = next; i < printed.size() && found < 0; i++) {
                if (pattern.matcher(printed.get(i).stripTrailing()).matches()) {
                    found = i;
                }
            }
            assertThat(found)
                    .as(
                            "%sthe documentation shows\n%s\nbut after line %d the CLI printed\n%s",
                            what, line, next, String.join("\n", printed))
                    .isNotNegative();
            next = found + 1;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
