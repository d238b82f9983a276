package dev.sci4j.agent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import dev.sci4j.measurement.UnitSample;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Functional units counted by the packaged agent in child JVMs: configuration, annotation, API, HttpServer,
 * javax and jakarta servlets, executor and CompletableFuture propagation, nesting, failures, the Σ invariant,
 * and virtual threads on JDK 25 when installed.
 */
class UnitsIT {
    private static final String API_JAR =
            "sci4j-api-" + System.getProperty("sci4j.it.version", "0.1.0-SNAPSHOT") + ".jar";
    private static Measurement measurement;
    private static String output;
    private static Path dump;
    private static String unitsOutput;

    /** The sci4j-api jar the test applications use. */
    static String apiJar() {
        return ChildJvm.LIBS.resolve(API_JAR).toString();
    }

    private static String classPath() {
        return String.join(
                File.pathSeparator,
                ChildJvm.TEST_CLASSES.toString(),
                ChildJvm.LIBS.resolve(API_JAR).toString(),
                ChildJvm.LIBS.resolve("javax.servlet-api-4.0.1.jar").toString(),
                ChildJvm.LIBS.resolve("jakarta.servlet-api-6.0.0.jar").toString());
    }

    private static Measurement run(String name, Path javaHome, String mainClass, String units) throws Exception {
        Path out = ChildJvm.fresh(name + ".json");
        List<String> args = new ArrayList<>(List.of(
                "-javaagent:" + ChildJvm.AGENT_JAR.toAbsolutePath() + "=output=" + out
                        + ";interval=200ms;energy.source=model" + units,
                "-cp",
                classPath(),
                mainClass));
        ChildJvm child = ChildJvm.start(name, javaHome, args);
        assertThat(child.waitFor(90)).as(child.output()).isZero();
        output = child.output();
        assertThat(output).contains("done");
        return MeasurementJson.read(out);
    }

    @BeforeAll
    static void runTheApp() throws Exception {
        dump = ChildJvm.WORK.resolve("units-dump-" + System.nanoTime()).toAbsolutePath();
        measurement = run(
                "units",
                ChildJvm.currentJavaHome(),
                UnitsApp.class.getName(),
                ";units=configured:dev.sci4j.agent.it.UnitsApp$Service#configured(int);dump=" + dump);
        unitsOutput = output;
    }

    @Test
    void dumpWritesEachRewrittenClassUnderItsPackagePath() throws Exception {
        Path service = dump.resolve("dev/sci4j/agent/it/UnitsApp$Service.class");

        assertThat(unitsOutput).contains("[sci4j] rewritten classes are written to " + dump);
        assertThat(service).isRegularFile();
        assertThat(new String(java.nio.file.Files.readAllBytes(service), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("dev/sci4j/agent/bootstrap/Hooks");
        assertThat(dump.resolve("java/util/concurrent/ThreadPoolExecutor.class"))
                .isRegularFile(); // a JDK executor
        assertThat(dump.resolve("java/util/concurrent/Sci4jWarmUp.class")).doesNotExist(); // the agent's own
    }

    @Test
    void aClassTheAgentCannotParseIsSaidOnceByTheSamplerThread() {
        String line = "[sci4j] cannot instrument dev.sci4j.agent.it.Unparsable for functional units (";

        assertThat(unitsOutput).containsOnlyOnce(line);
    }

    private static Map<String, UnitSample> units() {
        return measurement.total().orElseThrow().units();
    }

    @Test
    void apiReportsTheAgent() {
        assertThat(output).contains("agentActive true");
    }

    @Test
    void theFileStatesHowUnitsCpuTimeWasMeasured() {
        assertThat(measurement.run().attribution().unitCpuSampling()).isEqualTo("adaptive"); // the default
        assertThat(output).contains("unit CPU adaptive");
    }

    @Test
    void configuredMethodCountsSuccessesAndExceptionsSeparately() {
        assertThat(units().get("configured")).satisfies(u -> {
            assertThat(u.okCount()).isEqualTo(4);
            assertThat(u.failedCount()).isEqualTo(1);
            assertThat(u.cpuSeconds()).isGreaterThan(0.02);
        });
    }

    @Test
    void annotatedMethodNestedInAConfiguredOneCountsOnlyAsTheOuterUnit() {
        assertThat(units().get("annotated").count()).isEqualTo(3); // the direct calls only
    }

    @Test
    void aUnitDeclaredNestedCountsInsideAnotherAsPartOfIt() {
        UnitSample outer = units().get("outer");
        UnitSample inner = outer.nested().get("inner");
        assertThat(outer.okCount()).isEqualTo(1);
        assertThat(inner.okCount()).isEqualTo(1);
        assertThat(units()).doesNotContainKey("inner"); // not an outermost unit
        assertThat(inner.cpuSeconds()).isGreaterThan(0.003);
        assertThat(outer.cpuSeconds()).isGreaterThanOrEqualTo(inner.cpuSeconds()); // its CPU is part of the outer's
    }

    @Test
    void anAnnotatedUnitCalledInsideAnHttpHandlerIsCountedAsNestedAndOverallRCountsTheRequests() {
        UnitSample checkout = units().get("http GET /checkout");
        UnitSample tax = checkout.nested().get("tax-calc");

        assertThat(checkout.okCount()).isEqualTo(UnitsApp.CHECKOUTS);
        assertThat(tax.okCount()).isEqualTo(UnitsApp.CHECKOUTS); // both counted
        assertThat(units()).doesNotContainKey("tax-calc"); // R counts each request once
        assertThat(tax.cpuSeconds()).isGreaterThan(0.003 * UnitsApp.CHECKOUTS);
        assertThat(checkout.cpuSeconds()).isGreaterThan(tax.cpuSeconds());
    }

    @Test
    void apiRecordsBatchCountsAndScopes() {
        assertThat(units().get("tokens").okCount()).isEqualTo(128);
        assertThat(units().get("import").okCount()).isEqualTo(1);
        assertThat(units().get("import").failedCount()).isEqualTo(1);
    }

    @Test
    void httpServerUnitsAreTaggedByContextPathNeverByUrl() {
        assertThat(units().get("http GET /items")).satisfies(u -> {
            assertThat(u.okCount()).isEqualTo(2);
            assertThat(u.failedCount()).isEqualTo(1); // status 503
        });
        assertThat(units().keySet()).noneMatch(k -> k.contains("123") || k.contains("broken"));
    }

    @Test
    void servletsOfBothFlavoursAreHttpUnitsTaggedByHandler() {
        assertThat(units().get("http POST dev.sci4j.agent.it.UnitsApp$JavaxServlet"))
                .satisfies(u -> {
                    assertThat(u.okCount()).isEqualTo(1);
                    assertThat(u.failedCount()).isEqualTo(1); // status 500
                });
        assertThat(units().get("http GET dev.sci4j.agent.it.UnitsApp$JakartaServlet")
                        .okCount())
                .isEqualTo(1);
    }

    @Test
    void workHandedToAnExecutorAndCompletableFutureFollowsItsUnit() {
        // 2 × 150 ms burned on pool threads while the unit's own thread only waited.
        assertThat(units().get("async").cpuSeconds()).isGreaterThan(0.25);
        assertThat(units().get("async").okCount()).isEqualTo(1);
    }

    @Test
    void unitsPlusUnattributedEqualTheProcessEnergyInEverySample() {
        for (IntervalSample s : measurement.samples()) {
            double units =
                    s.units().values().stream().mapToDouble(UnitSample::joules).sum();
            assertThat(units + s.unattributedJoules())
                    .isCloseTo(s.processTotalJoules(), within(0.01 * s.processTotalJoules() + 1e-12));
            assertThat(units).isLessThanOrEqualTo(s.processJoule(IntervalSample.ACTIVE) * (1 + 1e-9) + 1e-12);
        }
        assertThat(units().values().stream().mapToDouble(UnitSample::joules).sum())
                .isGreaterThan(0);
    }

    @Test
    void virtualThreadsCountTheirUnitsAndGetTheirCpuTime() throws Exception {
        Path jdk25 = AgentLaunchIT.findJdk25();
        assumeTrue(jdk25 != null, "no /usr/lib/jvm/temurin-25* on this machine");
        Measurement m = run("virtual", jdk25, VirtualThreadsApp.class.getName(), "");
        Map<String, UnitSample> units = m.total().orElseThrow().units();

        assertThat(output).doesNotContain("CPU time not measured");
        assertThat(units.get("virtual").okCount()).isEqualTo(4);
        assertThat(units.get("virtual").cpuSeconds()).isGreaterThan(0.05); // 4 × 100 ms of spinning, on a loaded box
        assertThat(units.get("virtual").joules()).isGreaterThan(0);
        assertThat(units.get("platform-to-virtual").okCount()).isEqualTo(1);
        // a task submitted to a virtual-thread-per-task executor does not carry its unit (submit() starts a
        // thread, it never calls execute()), so the 0.6 s hop is not the scope's: never via the carrier either
        assertThat(units.get("platform-to-virtual").cpuSeconds()).isLessThan(0.3);
    }
}
