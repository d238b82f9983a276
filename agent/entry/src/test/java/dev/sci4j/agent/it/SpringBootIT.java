package dev.sci4j.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real Spring Boot 3.5 web MVC application ({@link BootApp}, embedded Tomcat, started from the class path) under
 * the packaged agent: one unit per request named by Spring's matched pattern, 404 and 500 counted once (Boot's
 * error page is an {@code ERROR} dispatch), the heavier route more energy per unit; on this JDK and on JDK 25
 * where installed.
 */
class SpringBootIT {
    private static final int N = BootApp.REQUESTS;
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
            Path javaHome = jdk.equals("25") ? AgentLaunchIT.findJdk25() : ChildJvm.currentJavaHome();
            Path out = ChildJvm.fresh("boot-" + jdk + ".json");
            ChildJvm child = ChildJvm.start(
                    "boot-" + jdk,
                    javaHome,
                    List.of(
                            "-javaagent:" + ChildJvm.AGENT_JAR.toAbsolutePath() + "=output=" + out
                                    + ";interval=200ms;energy.source=model",
                            "-cp",
                            String.join(File.pathSeparator, classPath),
                            BootApp.class.getName()));
            assertThat(child.waitFor(120)).as(child.output()).isZero();
            assertThat(child.output()).contains("done");
            measurements.put(jdk, MeasurementJson.read(out));
        }
    }

    /** This JDK, and JDK 25 where it is installed. */
    static List<String> jdks() throws IOException {
        return AgentLaunchIT.findJdk25() == null ? List.of("this JDK") : List.of("this JDK", "25");
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
}
