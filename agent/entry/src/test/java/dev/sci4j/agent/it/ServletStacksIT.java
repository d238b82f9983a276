package dev.sci4j.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import dev.sci4j.measurement.UnitSample;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real servlet container from Maven Central (embedded Tomcat 11, jakarta, and Spring MVC 6's
 * {@code DispatcherServlet} without Boot) under the packaged agent, with its
 * Prometheus endpoint on and scraped: one unit per request, named from the servlet mapping or Spring MVC's
 * pattern, error pages and re-dispatches not counted, async requests counted at completion, and never the agent's
 * own endpoint. {@link TomcatApp} is the service.
 */
class ServletStacksIT {
    private static final int N = TomcatApp.REQUESTS;
    private static Measurement measurement;

    @BeforeAll
    static void runTomcat() throws Exception {
        Path out = ChildJvm.fresh("tomcat.json");
        int prometheus = ChildJvm.freePort();
        String classPath = String.join(
                File.pathSeparator,
                ChildJvm.TEST_CLASSES.toString(),
                lib("tomcat-embed-core-"),
                lib("tomcat-annotations-api-"),
                lib("spring-webmvc-"),
                lib("spring-web-"),
                lib("spring-context-"),
                lib("spring-beans-"),
                lib("spring-aop-"),
                lib("spring-expression-"),
                lib("spring-core-"),
                lib("spring-jcl-"),
                lib("micrometer-observation-"),
                lib("micrometer-commons-"));
        ChildJvm child = ChildJvm.start(
                "tomcat",
                ChildJvm.currentJavaHome(),
                List.of(
                        "-javaagent:" + ChildJvm.AGENT_JAR.toAbsolutePath() + "=output=" + out
                                + ";interval=200ms;energy.source=model;prometheus.port=" + prometheus,
                        "-cp",
                        classPath,
                        TomcatApp.class.getName(),
                        String.valueOf(prometheus)));
        assertThat(child.waitFor(90)).as(child.output()).isZero();
        assertThat(child.output()).contains("done");
        measurement = MeasurementJson.read(out);
    }

    /** The jar in it-libs whose name starts with {@code prefix} (the version is the root pom's). */
    private static String lib(String prefix) throws IOException {
        try (Stream<Path> jars = Files.list(ChildJvm.LIBS)) {
            return jars.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no " + prefix + "*.jar in " + ChildJvm.LIBS))
                    .toString();
        }
    }

    private static Map<String, UnitSample> units() {
        return measurement.total().orElseThrow().units();
    }

    @Test
    void theUnitsAreExactlyTheApplicationsRoutesEachCountedOncePerRequest() {
        assertThat(units().keySet())
                .containsExactlyInAnyOrder(
                        "http GET /light",
                        "http GET /orders/*",
                        "http GET /",
                        "http GET /boom",
                        "http GET /owners/{id}",
                        "http GET /pets/{name}",
                        "http GET /async");
        assertThat(units().get("http GET /light").okCount()).isEqualTo(N);
        assertThat(units().get("http GET /orders/*").okCount()).isEqualTo(N);
        assertThat(units().get("http GET /owners/{id}").okCount()).isEqualTo(N); // a real DispatcherServlet
        assertThat(units().get("http GET /pets/{name}").okCount()).isEqualTo(N); // its FORWARD not counted
    }

    @Test
    void aNotFoundAndAFailureWithAnErrorPageCountOnce() {
        assertThat(units().get("http GET /").okCount()).isEqualTo(N); // 404 from Spring, the default servlet
        assertThat(units().get("http GET /").failedCount()).isZero();
        assertThat(units().get("http GET /boom").failedCount()).isEqualTo(N);
        assertThat(units().get("http GET /boom").okCount()).isZero();
        assertThat(units()).doesNotContainKey("http GET /error"); // the error page's ERROR dispatch
        assertThat(units().values().stream().mapToLong(UnitSample::count).sum())
                .isEqualTo(7L * N); // one per request sent
    }

    @Test
    void anAsyncRequestCountsOnceWhenItCompletesOnAnotherThread() {
        assertThat(units().get("http GET /async").okCount()).isEqualTo(N);
        assertThat(units().get("http GET /async").failedCount()).isZero();
    }

    @Test
    void theHeavierRouteHasMoreEnergyPerUnit() {
        double light = units().get("http GET /light").joules() / N;
        double heavy = units().get("http GET /orders/*").joules() / N;

        assertThat(heavy).isGreaterThan(2 * light); // 8× the CPU
    }

    @Test
    void theAgentsOwnEndpointIsItsOverheadNeverAUnit() {
        assertThat(units().keySet()).noneMatch(k -> k.contains("metrics"));
        assertThat(measurement.samples().stream()
                        .mapToDouble(IntervalSample::samplerCpuSeconds)
                        .sum())
                .isGreaterThan(0);
    }
}
