package dev.sci4j.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import dev.sci4j.measurement.UnitSample;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Declared units on methods returning lazy Reactor {@code Mono}s and {@code CompletableFuture}s ({@link
 * ReactiveApp}) under the packaged agent: each ends when its value completes, so it is counted once per
 * subscription or future and gets the CPU time of its work, on the subscribing thread or the pool's; on this JDK
 * and on JDK 25 where installed.
 */
class ReactiveUnitsIT {
    private static final int N = ReactiveApp.CALLS;
    private static final Map<String, Measurement> measurements = new HashMap<>();

    @BeforeAll
    static void runTheApp() throws Exception {
        for (String jdk : jdks()) {
            Path javaHome = jdk.equals("25") ? AgentLaunchIT.findJdk25() : ChildJvm.currentJavaHome();
            Path out = ChildJvm.fresh("reactive-" + jdk + ".json");
            String classPath = String.join(
                    File.pathSeparator,
                    ChildJvm.TEST_CLASSES.toString(),
                    UnitsIT.apiJar(),
                    lib("reactor-core-"),
                    lib("reactive-streams-"));
            ChildJvm child = ChildJvm.start(
                    "reactive-" + jdk,
                    javaHome,
                    List.of(
                            "-javaagent:" + ChildJvm.AGENT_JAR.toAbsolutePath() + "=output=" + out
                                    + ";interval=200ms;energy.source=model"
                                    + ";units=future:dev.sci4j.agent.it.ReactiveApp$Service#supplied(java.util.concurrent.ExecutorService)",
                            "-cp",
                            classPath,
                            ReactiveApp.class.getName()));
            assertThat(child.waitFor(90)).as(child.output()).isZero();
            assertThat(child.output()).contains("done");
            measurements.put(jdk, MeasurementJson.read(out));
        }
    }

    /** This JDK, and JDK 25 where it is installed. */
    static List<String> jdks() throws IOException {
        return AgentLaunchIT.findJdk25() == null ? List.of("this JDK") : List.of("this JDK", "25");
    }

    private static String lib(String prefix) throws IOException {
        try (Stream<Path> jars = Files.list(ChildJvm.LIBS)) {
            return jars.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no " + prefix + "*.jar in " + ChildJvm.LIBS))
                    .toString();
        }
    }

    private static Map<String, UnitSample> units(String jdk) {
        return measurements.get(jdk).total().orElseThrow().units();
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void eachSubscriptionAndEachFutureIsOneUnitCountedWhenItEnds(String jdk) {
        assertThat(units(jdk).get("reactive-light").okCount()).isEqualTo(N);
        assertThat(units(jdk).get("reactive-heavy").okCount()).isEqualTo(2L * N);
        assertThat(units(jdk).get("reactive-failing").failedCount()).isEqualTo(N); // its error, not its return
        assertThat(units(jdk).get("reactive-failing").okCount()).isZero();
        assertThat(units(jdk).get("future").okCount()).isEqualTo(N);
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void theWorkOfALazyValueIsItsUnitsWhereverItIsSubscribed(String jdk) {
        double light = units(jdk).get("reactive-light").cpuSeconds() / N;
        double heavy = units(jdk).get("reactive-heavy").cpuSeconds() / (2 * N);
        double future = units(jdk).get("future").cpuSeconds() / N;

        assertThat(heavy).isGreaterThan(2 * light); // 8× the CPU, on the caller's thread or the scheduler's
        assertThat(future).isGreaterThan(2 * light); // 8× the CPU, on the pool's thread
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void theHeavierUnitHasMoreEnergyPerUnit(String jdk) {
        double light = units(jdk).get("reactive-light").joules() / N;
        double heavy = units(jdk).get("reactive-heavy").joules() / (2 * N);

        assertThat(heavy).isGreaterThan(2 * light);
    }
}
