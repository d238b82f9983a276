package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.cli.DocShell.Command;
import dev.sci4j.cli.DocShell.Ran;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guides' worked examples (vendor guide §9, officer guide §7, in both languages) run as shown and print what
 * they show. Each fenced block after {@code <!-- walkthrough: transcript -->} is a terminal transcript: {@code $ }
 * starts a command (continued by lines ending in {@code \}), the lines after it are what it printed ({@code …}
 * matching any text; a line of only {@code …} skipping lines). A guide's vendor part runs first and its officer
 * part after it, in one shell, as an officer compares the reports the vendors made. What legitimately differs
 * from run to run is normalised on both sides: key fingerprints, the comparison's date, and the guides' directory
 * {@code /tmp/sci4j-demo}, which runs in the test's own directory. The SCI figures quoted in the prose right after
 * a transcript (numbers below 0.001) must be printed figures, as rounded or cut short in the prose.
 */
class GuideExamplesTest {
    private static final Pattern MARKER = Pattern.compile("<!-- walkthrough: transcript -->");
    private static final String SHOWN_DIR = "/tmp/sci4j-demo";
    private static final Pattern FINGERPRINT = Pattern.compile("\\b[0-9a-f]{64}\\b");
    private static final Pattern DATE = Pattern.compile(
            "\\b\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)"
                    + " \\d{4}\\b|民國\\d+年\\d+月\\d+日（\\d{4}年）");
    private static final Pattern NUMBER = Pattern.compile("\\d+\\.\\d+");

    @TempDir
    Path dir;

    @Test
    void theEnglishWorkedExamplesRunAsShown() throws Exception {
        check("vendor-guide.en.md", "officer-guide.en.md");
    }

    @Test
    void theChineseWorkedExamplesRunAsShown() throws Exception {
        check("vendor-guide.zh-TW.md", "officer-guide.zh-TW.md");
    }

    @Test
    void theNormalisationLeavesFiguresAndYearsAlone() {
        assertThat(normalise("key 04c028c398b39e02ce2b1db27b8ec4d49aa20fdce3ba4d81741e92f840f18b41 on 4 December 2026"))
                .isEqualTo("key <fingerprint> on <date>");
        assertThat(normalise("比較日期 民國115年12月5日（2026年）；TW 民國112年（2023）")).isEqualTo("比較日期 <date>；TW 民國112年（2023）");
        assertThat(matchesAPrintedFigure("0.0000263", List.of("SCI = 0.0000263184 gCO2e")))
                .isTrue();
        assertThat(matchesAPrintedFigure("0.00003452", List.of("0.000034517"))).isTrue();
        assertThat(matchesAPrintedFigure("0.00003452", List.of("0.00003462"))).isFalse();
    }

    private void check(String vendorGuide, String officerGuide) throws Exception {
        Assumptions.assumeTrue(DocShell.available(), "bash or sed missing: worked examples not run");
        List<Transcript> transcripts = new ArrayList<>(transcripts(vendorGuide));
        transcripts.addAll(transcripts(officerGuide));
        List<Command> commands = transcripts.stream()
                .flatMap(t -> t.steps().stream())
                .map(Step::command)
                .collect(Collectors.toList());
        assertThat(commands).as("commands in the worked examples").hasSizeGreaterThan(5);
        DocShell shell = DocShell.in(dir);
        String realDir = dir.resolve("sci4j-demo").toAbsolutePath().toString();

        List<Ran> ran = shell.run(commands, c -> c.replace(SHOWN_DIR, realDir));

        DocShell.assertExits(ran);
        List<String> printed = new ArrayList<>();
        int i = 0;
        for (Transcript t : transcripts) {
            for (Step step : t.steps()) {
                List<String> output = ran.get(i++).output().stream()
                        .map(l -> normalise(l.replace(realDir, SHOWN_DIR)))
                        .collect(Collectors.toList());
                printed.addAll(output);
                if (!step.shown().isEmpty()) {
                    DocShell.assertShownInOrder(
                            t.guide() + ", after $ " + step.command().text() + "\n",
                            step.shown().stream()
                                    .map(GuideExamplesTest::normalise)
                                    .collect(Collectors.toList()),
                            output);
                }
            }
        }
        assertThat(transcripts.stream().mapToInt(t -> t.proseFigures().size()).sum())
                .as("SCI figures quoted after the transcripts")
                .isPositive();
        for (Transcript t : transcripts) {
            for (String figure : t.proseFigures()) {
                assertThat(matchesAPrintedFigure(figure, printed))
                        .as(
                                "%s quotes %s after its worked example, but no printed figure rounds to it",
                                t.guide(), figure)
                        .isTrue();
            }
        }
    }

    static String normalise(String line) {
        return DATE.matcher(FINGERPRINT.matcher(line).replaceAll("<fingerprint>"))
                .replaceAll("<date>");
    }

    /** Whether a printed number, rounded to the figure's significant digits or cut short, is the figure. */
    static boolean matchesAPrintedFigure(String figure, List<String> printed) {
        BigDecimal quoted = new BigDecimal(figure);
        MathContext digits = new MathContext(quoted.precision(), RoundingMode.HALF_UP);
        return printed.stream()
                .flatMap(l -> NUMBER.matcher(l).results().map(MatchResult::group))
                .anyMatch(p ->
                        p.startsWith(figure) || new BigDecimal(p).round(digits).compareTo(quoted) == 0);
    }

    /** A command and the lines the guide shows it printed. */
    record Step(Command command, List<String> shown) {}

    /** One transcript block of a guide, and the SCI figures the prose right after it quotes. */
    record Transcript(String guide, List<Step> steps, List<String> proseFigures) {}

    private static List<Transcript> transcripts(String guide) throws IOException {
        List<String> lines =
                Files.readString(DocShell.DOCS.resolve(guide)).lines().collect(Collectors.toList());
        List<Transcript> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (MARKER.matcher(lines.get(i).strip()).matches()) {
                List<String> body = WalkthroughTest.Walkthrough.fencedBlockAfter(lines, i + 1);
                out.add(new Transcript(guide, steps(body), proseFigures(lines, i + 1)));
            }
        }
        assertThat(out).as(guide + " has worked-example transcripts").isNotEmpty();
        return out;
    }

    private static List<Step> steps(List<String> body) {
        List<Step> steps = new ArrayList<>();
        StringBuilder command = null;
        List<String> shown = new ArrayList<>();
        boolean continued = false;
        for (String line : body) {
            if (continued) {
                command.append('\n').append(line);
                continued = line.endsWith("\\");
            } else if (line.startsWith("$ ")) {
                if (command != null) {
                    steps.add(new Step(new Command(command.toString(), 0), shown));
                }
                command = new StringBuilder(line.substring(2));
                shown = new ArrayList<>();
                continued = line.endsWith("\\");
            } else if (!line.isBlank()) {
                assertThat(command).as("output before any command: " + line).isNotNull();
                shown.add(line);
            }
        }
        if (command != null) {
            steps.add(new Step(new Command(command.toString(), 0), shown));
        }
        return steps;
    }

    /** Numbers below 0.001 (SCI figures) in the prose after the block that starts at {@code from}. */
    private static List<String> proseFigures(List<String> lines, int from) {
        int i = from;
        while (!lines.get(i).startsWith("```")) {
            i++;
        }
        i++;
        while (i < lines.size() && !lines.get(i).startsWith("```")) {
            i++;
        }
        List<String> figures = new ArrayList<>();
        for (i++;
                i < lines.size()
                        && !lines.get(i).startsWith("```")
                        && !lines.get(i).startsWith("#");
                i++) {
            if (MARKER.matcher(lines.get(i).strip()).matches()) {
                break;
            }
            NUMBER.matcher(lines.get(i))
                    .results()
                    .map(MatchResult::group)
                    .filter(n -> new BigDecimal(n).compareTo(new BigDecimal("0.001")) < 0)
                    .forEach(figures::add);
        }
        return figures;
    }
}
