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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real servlet containers from Maven Central (embedded Tomcat 11 and Jetty 12 ee10, jakarta, each with Spring MVC
 * 6's {@code DispatcherServlet} without Boot; Jetty 12 ee8, javax, with the same routes in {@link JettyEe8App})
 * under the packaged agent, with its
 * Prometheus endpoint on and scraped: one unit per request, named from the servlet mapping or Spring MVC's
 * pattern, error pages and re-dispatches not counted, async requests counted at completion, and never the agent's
 * own endpoint; on this JDK and on JDK 25 where installed. The service is {@link ServletRoutes}, on {@link TomcatApp} and
 * {@link JettyApp}.
 */
class ServletStacksIT {
    private static final int N = ServletRoutes.REQUESTS;
    private static final String ON_JDK_25 = " on JDK 25";
    private static final String JETTY_EE8 = "jetty-ee8";
    private static final Map<String, Measurement> measurements = new HashMap<>();

    @BeforeAll
    static void runTheServiceOnEachContainer() throws Exception {
        List<String> spring = List.of(
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
        List<String> tomcat = List.of(lib("tomcat-embed-core-"), lib("tomcat-annotations-api-"));
        List<String> jetty = List.of(
                lib("jetty-ee10-servlet-"),
                lib("jetty-server-"),
                lib("jetty-http-"),
                lib("jetty-io-"),
                lib("jetty-util-"),
                lib("jetty-session-"),
                lib("jetty-security-"),
                lib("jakarta.servlet-api-"),
                lib("slf4j-api-"));
        List<String> jettyEe8 = List.of(
                lib("jetty-ee8-servlet-"),
                lib("jetty-ee8-nested-"),
                lib("jetty-ee8-security-"),
                lib("jetty-server-"),
                lib("jetty-http-"),
                lib("jetty-io-"),
                lib("jetty-util-"),
                lib("jetty-session-"),
                lib("jetty-security-"),
                lib("javax.servlet-api-"),
                lib("slf4j-api-"));
        for (String run : runs()) {
            Path javaHome = run.endsWith(ON_JDK_25) ? AgentLaunchIT.findJdk25() : ChildJvm.currentJavaHome();
            String container = run.split(" ")[0];
            List<String> classPath = new ArrayList<>();
            Class<?> app;
            if (container.equals(JETTY_EE8)) {
                classPath.addAll(jettyEe8); // javax: no Spring MVC 6 (see JettyEe8App)
                app = JettyEe8App.class;
            } else {
                classPath.addAll(container.equals("tomcat") ? tomcat : jetty);
                classPath.addAll(spring);
                app = container.equals("tomcat") ? TomcatApp.class : JettyApp.class;
            }
            measurements.put(run, run(run.replace(' ', '-'), javaHome, app, classPath));
        }
    }

    /** Each container on this JDK, and on JDK 25 where it is installed. */
    static List<String> runs() throws IOException {
        return AgentLaunchIT.findJdk25() == null
                ? List.of("tomcat", "jetty", JETTY_EE8)
                : List.of(
                        "tomcat", "jetty", JETTY_EE8, "tomcat" + ON_JDK_25, "jetty" + ON_JDK_25, JETTY_EE8 + ON_JDK_25);
    }

    /** Runs the app's main class under the agent with its Prometheus endpoint on; the app scrapes it. */
    private static Measurement run(String name, Path javaHome, Class<?> app, List<String> libraries) throws Exception {
        Path out = ChildJvm.fresh(name + ".json");
        int prometheus = ChildJvm.freePort();
        List<String> classPath = new ArrayList<>();
        classPath.add(ChildJvm.TEST_CLASSES.toString());
        classPath.addAll(libraries);
        ChildJvm child = ChildJvm.start(
                name,
                javaHome,
                List.of(
                        "-javaagent:" + ChildJvm.AGENT_JAR.toAbsolutePath() + "=output=" + out
                                + ";interval=200ms;energy.source=model;prometheus.port=" + prometheus,
                        "-cp",
                        String.join(File.pathSeparator, classPath),
                        app.getName(),
                        String.valueOf(prometheus)));
        assertThat(child.waitFor(90)).as(child.output()).isZero();
        assertThat(child.output()).contains("done");
        return MeasurementJson.read(out);
    }

    /** The jar in it-libs whose name starts with {@code prefix} (the version is the root pom's). */
    static String lib(String prefix) throws IOException {
        try (Stream<Path> jars = Files.list(ChildJvm.LIBS)) {
            return jars.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no " + prefix + "*.jar in " + ChildJvm.LIBS))
                    .toString();
        }
    }

    private static Map<String, UnitSample> units(String container) {
        return measurements.get(container).total().orElseThrow().units();
    }

    @ParameterizedTest
    @MethodSource("runs")
    void theUnitsAreExactlyTheApplicationsRoutesEachCountedOncePerRequest(String container) {
        assertThat(units(container).keySet())
                .containsExactlyInAnyOrder(
                        "http GET /light",
                        "http GET /orders/*",
                        "http GET /",
                        "http GET /boom",
                        "http GET /owners/{id}",
                        "http GET /pets/{name}",
                        "http GET /async");
        assertThat(units(container).get("http GET /light").okCount()).isEqualTo(N);
        assertThat(units(container).get("http GET /orders/*").okCount()).isEqualTo(N);
        assertThat(units(container).get("http GET /owners/{id}").okCount()).isEqualTo(N); // DispatcherServlet (not ee8)
        assertThat(units(container).get("http GET /pets/{name}").okCount()).isEqualTo(N); // its FORWARD not counted
    }

    @ParameterizedTest
    @MethodSource("runs")
    void aNotFoundAndAFailureWithAnErrorPageCountOnce(String container) {
        // 404 from Spring, the default servlet: counted once, and not a successful request (not 2xx)
        assertThat(units(container).get("http GET /").failedCount()).isEqualTo(N);
        assertThat(units(container).get("http GET /").okCount()).isZero();
        assertThat(units(container).get("http GET /boom").failedCount()).isEqualTo(N);
        assertThat(units(container).get("http GET /boom").okCount()).isZero();
        assertThat(units(container)).doesNotContainKey("http GET /error"); // the error page's ERROR dispatch
        assertThat(units(container).values().stream()
                        .mapToLong(UnitSample::count)
                        .sum())
                .isEqualTo(7L * N); // one per request sent
    }

    @ParameterizedTest
    @MethodSource("runs")
    void anAsyncRequestCountsOnceWhenItCompletesOnAnotherThread(String container) {
        assertThat(units(container).get("http GET /async").okCount()).isEqualTo(N);
        assertThat(units(container).get("http GET /async").failedCount()).isZero();
    }

    @ParameterizedTest
    @MethodSource("runs")
    void theHeavierRouteHasMoreEnergyPerUnit(String container) {
        double light = units(container).get("http GET /light").joules() / N;
        double heavy = units(container).get("http GET /orders/*").joules() / N;

        assertThat(heavy).isGreaterThan(2 * light); // 8× the CPU
    }

    @ParameterizedTest
    @MethodSource("runs")
    void theAgentsOwnEndpointIsItsOverheadNeverAUnit(String container) {
        assertThat(units(container).keySet()).noneMatch(k -> k.contains("metrics"));
        assertThat(measurements.get(container).samples().stream()
                        .mapToDouble(IntervalSample::samplerCpuSeconds)
                        .sum())
                .isGreaterThan(0);
    }
}
