package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walkthroughs ({@code docs/walkthrough.en.md}, {@code docs/walkthrough.zh-TW.md}) run as written on today's
 * CLI and print what they show. The conventions are stated at the top of each walkthrough: fenced blocks after
 * {@code <!-- walkthrough: run -->} are run in order in one shell, in a directory holding a copy of
 * {@code docs/example}, with {@code ./sci4j} running this module's CLI; a command exits 0 unless it ends with
 * {@code # exit N}; the block after {@code <!-- walkthrough: measure -->} (minutes of agent runs) is skipped, as the
 * walkthrough offers the bundled measurement files instead; every line of the block after
 * {@code <!-- walkthrough: output -->} must appear in that order in what was printed, {@code …} matching any text.
 */
class WalkthroughTest {
    private static final Path DOCS = Path.of("..", "docs");
    private static final Pattern MARKER = Pattern.compile("<!-- walkthrough: (run|measure|output) -->");
    private static final Pattern EXPECTED_EXIT = Pattern.compile("#\\s*exit\\s+(\\d+)\\s*$");
    private static final String EXIT_LINE = "@@walkthrough-exit ";

    private static Walkthrough english;
    private static Walkthrough chinese;

    @TempDir
    Path dir;

    @BeforeAll
    static void read() throws IOException {
        english = Walkthrough.parse(Files.readString(DOCS.resolve("walkthrough.en.md")));
        chinese = Walkthrough.parse(Files.readString(DOCS.resolve("walkthrough.zh-TW.md")));
    }

    @Test
    void bothWalkthroughsListTheSameCommandsInTheSameBlocks() {
        assertThat(english.blocks()).isNotEmpty();
        assertThat(chinese.blocks()).isEqualTo(english.blocks());
        assertThat(chinese.output()).isEqualTo(english.output());
    }

    @Test
    void theRunBlocksExitAsWrittenAndPrintWhatTheWalkthroughShows() throws Exception {
        Assumptions.assumeTrue(onPath("bash") && onPath("sed"), "bash or sed missing: walkthrough not run");
        copy(DOCS.resolve("example"), dir.resolve("docs").resolve("example"));
        Path launcher = dir.resolve("sci4j");
        Files.writeString(
                launcher, "#!/bin/sh\nexec \"$WALKTHROUGH_JAVA\" -cp \"$WALKTHROUGH_CP\" dev.sci4j.cli.Main \"$@\"\n");
        assertThat(launcher.toFile().setExecutable(true)).isTrue();

        List<Command> commands = english.commandsToRun();
        assertThat(commands).hasSizeGreaterThan(5);
        List<String> printed = runInOneShell(commands);

        Map<Integer, Integer> exits = new LinkedHashMap<>();
        List<String> output = new ArrayList<>();
        for (String line : printed) {
            if (line.startsWith(EXIT_LINE)) {
                String[] parts = line.substring(EXIT_LINE.length()).split(" ");
                exits.put(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            } else {
                output.add(line);
            }
        }
        String transcript = String.join("\n", output);
        for (int i = 0; i < commands.size(); i++) {
            assertThat(exits.get(i))
                    .as("exit code of\n%s\nprinted:\n%s", commands.get(i).text(), transcript)
                    .isEqualTo(commands.get(i).expectedExit());
        }
        assertShownInOrder(english.output(), output);
    }

    private List<String> runInOneShell(List<Command> commands) throws Exception {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < commands.size(); i++) {
            script.append(commands.get(i).text()).append('\n');
            script.append("echo \"").append(EXIT_LINE).append(i).append(" $?\"\n");
        }
        Path file = Files.writeString(dir.resolve("walkthrough.sh"), script.toString());
        ProcessBuilder builder = new ProcessBuilder("bash", file.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("walkthrough.out").toFile());
        builder.environment()
                .put(
                        "WALKTHROUGH_JAVA",
                        Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("WALKTHROUGH_CP", System.getProperty("java.class.path"));
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the walkthrough did not finish within 3 minutes");
        }
        return Files.readAllLines(dir.resolve("walkthrough.out"), StandardCharsets.UTF_8);
    }

    /** Each shown line is a whole printed line, after the previous one; "…" stands for any text. */
    private static void assertShownInOrder(List<String> shown, List<String> printed) {
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
                            "the walkthrough shows\n%s\nbut after line %d the CLI printed\n%s",
                            line, next, String.join("\n", printed))
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

    /** A shell command (continuation lines joined) and the exit code the walkthrough says it has. */
    record Command(String text, int expectedExit) {}

    /** A marked block: its kind (run, measure) and its commands. */
    record Block(String kind, List<Command> commands) {}

    /** The marked blocks of one walkthrough and its shown output lines (blank lines left out). */
    record Walkthrough(List<Block> blocks, List<String> output) {
        static Walkthrough parse(String markdown) {
            List<String> lines = markdown.lines().collect(Collectors.toList());
            List<Block> blocks = new ArrayList<>();
            List<String> output = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Matcher marker = MARKER.matcher(lines.get(i).strip());
                if (!marker.matches()) {
                    continue;
                }
                List<String> body = fencedBlockAfter(lines, i + 1);
                if (marker.group(1).equals("output")) {
                    body.stream().filter(l -> !l.isBlank()).forEach(output::add);
                } else {
                    blocks.add(new Block(marker.group(1), commands(body)));
                }
            }
            return new Walkthrough(blocks, output);
        }

        List<Command> commandsToRun() {
            return blocks.stream()
                    .filter(b -> b.kind().equals("run"))
                    .flatMap(b -> b.commands().stream())
                    .collect(Collectors.toList());
        }

        private static List<String> fencedBlockAfter(List<String> lines, int from) {
            int open = from;
            while (open < lines.size() && lines.get(open).isBlank()) {
                open++;
            }
            assertThat(open < lines.size() && lines.get(open).startsWith("```"))
                    .as("a walkthrough marker must be followed by a fenced block (line %d)", from)
                    .isTrue();
            List<String> body = new ArrayList<>();
            for (int i = open + 1; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                body.add(lines.get(i));
            }
            return body;
        }

        private static List<Command> commands(List<String> body) {
            List<Command> commands = new ArrayList<>();
            StringBuilder pending = new StringBuilder();
            for (String line : body) {
                if (pending.length() == 0 && (line.isBlank() || line.strip().startsWith("#"))) {
                    continue;
                }
                pending.append(line).append('\n');
                if (!line.endsWith("\\")) {
                    Matcher exit = EXPECTED_EXIT.matcher(line);
                    commands.add(
                            new Command(pending.toString().strip(), exit.find() ? Integer.parseInt(exit.group(1)) : 0));
                    pending.setLength(0);
                }
            }
            assertThat(pending.toString())
                    .as("a command continued past the end of its block")
                    .isEmpty();
            return commands;
        }
    }
}
