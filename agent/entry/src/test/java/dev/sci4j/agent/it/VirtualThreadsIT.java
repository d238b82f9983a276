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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Units on virtual threads get their CPU time: a JDK {@code HttpServer} on a virtual-thread executor and one on
 * a platform-thread pool serve the same light, 8× heavier and sleeping routes in one run
 * ({@link VirtualThreadRoutesApp}), under the packaged agent on JDK 25. Without a JDK 25 the app runs on this
 * JDK with the platform-thread server only, and the virtual-thread checks are skipped.
 */
class VirtualThreadsIT {
    private static final int ROUNDS = 20;
    private static Path jdk25;
    private static Map<String, long[]> counts;
    private static Map<String, double[]> totals;
    private static String output;

    @BeforeAll
    static void runTheServers() throws Exception {
        jdk25 = AgentLaunchIT.findJdk25();
        Path out = ChildJvm.fresh("virtual-routes.json");
        ChildJvm child = ChildJvm.start(
                "virtual-routes",
                jdk25 != null ? jdk25 : ChildJvm.currentJavaHome(),
                List.of(
                        "-javaagent:" + ChildJvm.AGENT_JAR.toAbsolutePath() + "=output=" + out
                                + ";interval=200ms;energy.source=model",
                        "-cp",
                        String.join(File.pathSeparator, ChildJvm.TEST_CLASSES.toString(), UnitsIT.apiJar()),
                        VirtualThreadRoutesApp.class.getName(),
                        String.valueOf(ROUNDS)));
        assertThat(child.waitFor(110)).as(child.output()).isZero();
        output = child.output();
        assertThat(output).contains("done");
        sum(MeasurementJson.read(out));
    }

    /** Per route: ok and failed counts; CPU seconds and joules. */
    private static void sum(Measurement m) {
        counts = new TreeMap<>();
        totals = new TreeMap<>();
        for (IntervalSample s : m.samples()) {
            for (Map.Entry<String, UnitSample> e : s.units().entrySet()) {
                long[] c = counts.computeIfAbsent(e.getKey(), k -> new long[2]);
                c[0] += e.getValue().okCount();
                c[1] += e.getValue().failedCount();
                double[] t = totals.computeIfAbsent(e.getKey(), k -> new double[2]);
                t[0] += e.getValue().cpuSeconds();
                t[1] += e.getValue().joules();
            }
        }
    }

    private static double cpuPerUnit(String route) {
        return totals.get(route)[0] / counts.get(route)[0];
    }

    private static double joulesPerUnit(String route) {
        return totals.get(route)[1] / counts.get(route)[0];
    }

    private static void assumeVirtualThreads() {
        assumeTrue(
                jdk25 != null,
                "no /usr/lib/jvm/temurin-25* on this machine: the virtual-thread server was not run (JDK 21+ needed)");
        assertThat(output).contains("virtual threads on").doesNotContain("CPU time not measured");
    }

    @Test
    void everyRequestIsCountedOnceOnEachServer() {
        for (String route : List.of("light", "heavy", "sleepy")) {
            assertThat(counts.get("http GET /pt/" + route)).as(route).containsExactly(ROUNDS, 0);
        }
        assumeVirtualThreads();
        for (String route : List.of("light", "heavy", "sleepy")) {
            assertThat(counts.get("http GET /vt/" + route)).as(route).containsExactly(ROUNDS, 0);
        }
    }

    @Test
    void theHeavierRouteTakesMoreEnergyPerUnitOnPlatformThreads() {
        assertThat(joulesPerUnit("http GET /pt/heavy") / joulesPerUnit("http GET /pt/light"))
                .isGreaterThan(2);
    }

    @Test
    void theHeavierRouteTakesMoreEnergyPerUnitOnVirtualThreads() {
        assumeVirtualThreads();
        assertThat(joulesPerUnit("http GET /vt/heavy") / joulesPerUnit("http GET /vt/light"))
                .isGreaterThan(2);
    }

    @Test
    void aUnitOnAVirtualThreadGetsTheCpuTimeOfTheSameWorkOnAPlatformThread() {
        assumeVirtualThreads();
        double platform = cpuPerUnit("http GET /pt/heavy");
        assertThat(cpuPerUnit("http GET /vt/heavy")).isCloseTo(platform, within(0.10 * platform));
    }

    @Test
    void aUnitThatSleepsInTheMiddleGetsItsCpuTimeAcrossTheUnmount() {
        assumeVirtualThreads();
        double platform = cpuPerUnit("http GET /pt/sleepy");
        assertThat(cpuPerUnit("http GET /vt/sleepy")).isCloseTo(platform, within(0.10 * platform));
        // the 30 ms sleep is not CPU time: the sleepy route costs what the heavy one does
        double heavy = cpuPerUnit("http GET /vt/heavy");
        assertThat(cpuPerUnit("http GET /vt/sleepy")).isCloseTo(heavy, within(0.15 * heavy));
    }

    @Test
    void virtualThreadsTakingTurnsOnTheCarriersAreNotChargedForEachOther() {
        assumeVirtualThreads();
        double sequential = cpuPerUnit("sequential-units");

        assertThat(counts.get("interleaved-units")).containsExactly(8L * (ROUNDS / 4), 0);
        assertThat(cpuPerUnit("interleaved-units")).isCloseTo(sequential, within(0.10 * sequential));
    }
}
