package dev.sci4j.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML, github-action-benchmark JSON and the check result JSON, and the saved result as a baseline. */
class CheckOutputsTest {
    @TempDir
    Path dir;

    private final CheckResult result =
            BudgetCheck.evaluate(budget(), BudgetCheckTest.runs(0.012, 0.013, 0.0125), null, "declared, average");

    @Test
    void junitListsEachLimitAsATestWithErrorBreachesAsFailures() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(JunitXml.toXml(result).getBytes(StandardCharsets.UTF_8)));

        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        NodeList cases = xml.getElementsByTagName("testcase");
        Element sci = (Element) cases.item(0);
        assertThat(sci.getAttribute("classname")).isEqualTo("sci4j.budget.request");
        assertThat(sci.getAttribute("name")).isEqualTo("maxSci (error)");
        assertThat(((Element) sci.getElementsByTagName("failure").item(0)).getAttribute("message"))
                .contains("exceeds maxSci 0.01 gCO2e/request");
        Element energy = (Element) cases.item(1);
        assertThat(energy.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("WARNING: ");
        assertThat(((Element) cases.item(2)).getElementsByTagName("skipped").getLength())
                .isEqualTo(1);
    }

    @Test
    void benchmarkJsonHasTheCustomSmallerIsBetterFields() {
        ArrayNode entries = BenchmarkJson.toJson(result);

        assertThat(entries).hasSize(2);
        JsonNode sci = entries.get(0);
        assertThat(sci.get("name").asText()).isEqualTo("request SCI");
        assertThat(sci.get("unit").asText()).isEqualTo("gCO2e/request");
        assertThat(sci.get("value").asDouble()).isEqualTo(0.0125);
        assertThat(sci.get("range").asText()).startsWith("± ");
        assertThat(sci.get("extra").asText()).contains("median of 3 runs").contains("maxSci 0.01 (error): FAIL");
        assertThat(entries.get(1).get("unit").asText()).isEqualTo("J/request");
        entries.forEach(e ->
                assertThat(e.fieldNames()).toIterable().containsExactly("name", "unit", "value", "range", "extra"));
    }

    @Test
    void theSavedResultIsWrittenAtomicallyAndReadsBackAsABaseline() throws Exception {
        Path saved = dir.resolve("out/check.json");
        CheckRun.writeOutputs(result, dir.resolve("out/junit.xml"), dir.resolve("out/bench.json"), saved, "test");

        assertThat(Files.list(dir.resolve("out")))
                .extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("junit.xml", "bench.json", "check.json");
        JsonNode json = CheckFiles.readTree(saved, dev.sci4j.input.InputFiles.Kind.CHECK_RESULT);
        assertThat(json.get("passed").asBoolean()).isFalse();
        assertThat(json.at("/units/request/limits/0/excessPercent").asDouble()).isCloseTo(25, within(1e-9));
        BaselineFiles baseline = BaselineFiles.read(List.of(saved), files -> {
            throw new AssertionError("no measurement files here");
        });
        assertThat(baseline.runs("request"))
                .extracting(RunScore::sciGramsPerUnit)
                .containsExactly(0.012, 0.013, 0.0125);
        assertThat(baseline.describe()).isEqualTo("saved check results");
    }

    @Test
    void theSummaryNamesEachLimitAndTheVerdict() {
        List<String> lines = CheckSummary.lines(result);

        assertThat(lines.get(0)).contains("3 test runs, median over runs");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("FAIL").contains("request maxSci (error)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("WARN").contains("maxEnergyPerUnitJoules (warn)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("inconclusive").contains("no baseline given"));
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("Carbon budget exceeded: 1 error-level limit breached (1 warning, 1 inconclusive).");
    }

    private static Budget budget() {
        Map<LimitKind, Limit> limits = new EnumMap<>(LimitKind.class);
        limits.put(LimitKind.MAX_SCI, new Limit(0.010, Level.ERROR));
        limits.put(LimitKind.MAX_ENERGY_PER_UNIT_JOULES, new Limit(100, Level.WARN));
        limits.put(LimitKind.MAX_REGRESSION_PERCENT, new Limit(10, Level.ERROR));
        return new Budget(
                GridSpec.declared(360, "average"),
                1,
                Aggregation.MEDIAN,
                Guard.DEFAULT,
                Map.of("request", new UnitBudget("request", limits)));
    }
}
