package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.cli.DocShell.Command;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
    private static final Path DOCS = DocShell.DOCS;
    private static final Pattern MARKER = Pattern.compile("<!-- walkthrough: (run|measure|output) -->");
    private static final Pattern EXPECTED_EXIT = Pattern.compile("#\\s*exit\\s+(\\d+)\\s*$");

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
        Assumptions.assumeTrue(DocShell.available(), "bash or sed missing: walkthrough not run");
        List<Command> commands = english.commandsToRun();
        assertThat(commands).hasSizeGreaterThan(5);

        List<DocShell.Ran> ran = DocShell.in(dir).run(commands, UnaryOperator.identity());

        DocShell.assertExits(ran);
        DocShell.assertShownInOrder(
                english.output(), ran.stream().flatMap(r -> r.output().stream()).collect(Collectors.toList()));
    }

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

        static List<String> fencedBlockAfter(List<String> lines, int from) {
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
