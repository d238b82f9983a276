package dev.sci4j.agent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import dev.sci4j.measurement.UnitSample;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real Spring Boot 3.5 web MVC application ({@link BootApp}, embedded Tomcat, started from the class path) under
 * the packaged agent: one unit per request named by Spring's matched pattern, 404 and 500 counted once (Boot's
 * error page is an {@code ERROR} dispatch), the heavier route more energy per unit; on this JDK and on JDK 25
 * where installed, there also with Boot's virtual threads ({@code spring.threads.virtual.enabled=true}).
 */
class SpringBootIT {
    private static final int N = BootApp.REQUESTS;
    private static final String VIRTUAL = "25 virtual threads";
    private static final Map<String, Measurement> measurements = new HashMap<>();

    @BeforeAll
    static void runTheApplication() throws Exception {
        List<String> classPath = new ArrayList<>();
        classPath.add(ChildJvm.TEST_CLASSES.toString());
        for (String prefix : List.of(
                "spring-boot-3",
                "spring-boot-autoconfigure-",
                "spring-webmvc-",
                "spring-web-",
                "spring-context-",
                "spring-beans-",
                "spring-aop-",
                "spring-expression-",
                "spring-core-",
                "spring-jcl-",
                "micrometer-observation-",
                "micrometer-commons-",
                "tomcat-embed-core-",
                "tomcat-annotations-api-")) {
            classPath.add(ServletStacksIT.lib(prefix));
        }
        for (String jdk : jdks()) {
            boolean virtual = jdk.equals(VIRTUAL);
            Path javaHome = jdk.startsWith("25") ? AgentLaunchIT.findJdk25() : ChildJvm.currentJavaHome();
            String name = "boot-" + jdk.replace(' ', '-');
            Path out = ChildJvm.fresh(name + ".json");
            List<String> command = new ArrayList<>(List.of(
                    "-javaagent:" + ChildJvm.AGENT_JAR.toAbsolutePath() + "=output=" + out
                            + ";interval=200ms;energy.source=model",
                    "-cp",
                    String.join(File.pathSeparator, classPath),
                    BootApp.class.getName()));
            if (virtual) {
                command.add("--spring.threads.virtual.enabled=true");
            }
            ChildJvm child = ChildJvm.start(name, javaHome, command);
            assertThat(child.waitFor(120)).as(child.output()).isZero();
            assertThat(child.output()).contains("done");
            assertThat(child.output()).contains("handlers on virtual threads: " + virtual);
            measurements.put(jdk, MeasurementJson.read(out));
        }
    }

    /** This JDK, and JDK 25 where it is installed: with platform threads, and with Boot's virtual threads. */
    static List<String> jdks() throws IOException {
        return AgentLaunchIT.findJdk25() == null ? List.of("this JDK") : List.of("this JDK", "25", VIRTUAL);
    }

    private static Map<String, UnitSample> units(String jdk) {
        return measurements.get(jdk).total().orElseThrow().units();
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void eachRequestIsOneUnitNamedBySpringsPattern(String jdk) {
        assertThat(units(jdk).get("http GET /owners/{id}").okCount()).isEqualTo(N);
        assertThat(units(jdk).get("http GET /orders/{id}").okCount()).isEqualTo(N);
        assertThat(units(jdk).keySet()).noneMatch(k -> k.matches(".*/[0-9]+$")); // never a raw URL
        assertThat(units(jdk).values().stream().mapToLong(UnitSample::count).sum())
                .isEqualTo(4L * N + BootApp.WARM_UPS); // one per request sent: no error-page unit
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void aFailureAndANotFoundCountOnceUnderTheRouteThatAnsweredThem(String jdk) {
        assertThat(units(jdk).get("http GET /boom/{id}").failedCount()).isEqualTo(N);
        assertThat(units(jdk).get("http GET /boom/{id}").okCount()).isZero();
        assertThat(units(jdk)).doesNotContainKey("http GET /error");
        // Boot's static-resource handler answers the 404s: counted once each, not successful (not 2xx)
        assertThat(units(jdk).get("http GET /**").failedCount()).isEqualTo(N);
        assertThat(units(jdk).get("http GET /**").okCount()).isZero();
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void theHeavierRouteHasMoreEnergyPerUnit(String jdk) {
        double light = units(jdk).get("http GET /owners/{id}").joules() / N;
        double heavy = units(jdk).get("http GET /orders/{id}").joules() / N;

        assertThat(heavy).isGreaterThan(2 * light); // 8× the CPU
    }

    /** Issue #13: Boot's {@code spring.threads.virtual.enabled=true} must not leave application units at 0 CPU. */
    @Test
    void withBootsVirtualThreadsEachUnitGetsTheCpuOfThePlatformThreadRun() throws IOException {
        assumeTrue(AgentLaunchIT.findJdk25() != null, "JDK 25 is not installed: Boot's virtual threads not run");
        double platform = cpuPerUnit("25", "http GET /orders/{id}");
        double virtual = cpuPerUnit(VIRTUAL, "http GET /orders/{id}");

        assertThat(platform).isPositive();
        assertThat(virtual).isCloseTo(platform, within(0.25 * platform));
        assertThat(measurements.get(VIRTUAL).run().warnings()).isEmpty();
    }

    private static double cpuPerUnit(String jdk, String route) {
        UnitSample unit = units(jdk).get(route);
        return unit.cpuSeconds() / unit.count();
    }
}
