package dev.sci4j.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JAX-RS on Jersey 3.1 and on RESTEasy 6.2 from Maven Central ({@link JaxRsApp}, on embedded Tomcat 11) under the
 * packaged agent: each request is one unit named from the matched resource's {@code @Path} templates, not from the
 * servlet mapping and never from the URL; a request no resource matches keeps the mapping's name. On this JDK and
 * on JDK 25 where installed.
 */
class JaxRsIT {
    private static final int N = JaxRsApp.REQUESTS;
    /** The jars of each implementation and the APIs it needs, by file name prefix (versions from the pom). */
    private static final Map<String, List<String>> JARS = Map.of(
            "jersey",
            List.of(
                    "jersey-",
                    "hk2-",
                    "aopalliance-repackaged-",
                    "javassist-",
                    "osgi-resource-locator-",
                    "jakarta.inject-api-",
                    "jakarta.validation-api-"),
            "resteasy",
            List.of(
                    "resteasy-",
                    "jboss-logging-",
                    "jandex-",
                    "reactive-streams-",
                    "jakarta.xml.bind-api-",
                    "jakarta.activation-api-",
                    "angus-activation-",
                    "jakarta.validation-api-",
                    "asyncutil-"));

    private static final List<String> COMMON =
            List.of("jakarta.ws.rs-api-", "jakarta.annotation-api-", "tomcat-embed-core-", "tomcat-annotations-api-");

    private static final Map<String, Measurement> measurements = new HashMap<>();

    @BeforeAll
    static void runTheService() throws Exception {
        for (String run : runs()) {
            String implementation = run.split(" ", 2)[0];
            List<String> classPath = new ArrayList<>();
            classPath.add(ChildJvm.TEST_CLASSES.toString());
            for (String prefix : JARS.get(implementation)) {
                classPath.addAll(libs(prefix));
            }
            for (String prefix : COMMON) {
                classPath.addAll(libs(prefix));
            }
            Path javaHome = run.endsWith("25") ? AgentLaunchIT.findJdk25() : ChildJvm.currentJavaHome();
            String name = "jaxrs-" + run.replace(' ', '-');
            Path out = ChildJvm.fresh(name + ".json");
            ChildJvm child = ChildJvm.start(
                    name,
                    javaHome,
                    List.of(
                            "-javaagent:" + ChildJvm.AGENT_JAR.toAbsolutePath() + "=output=" + out
                                    + ";interval=200ms;energy.source=model",
                            "-cp",
                            String.join(File.pathSeparator, classPath),
                            JaxRsApp.class.getName(),
                            implementation));
            assertThat(child.waitFor(90)).as(child.output()).isZero();
            assertThat(child.output()).contains("done");
            measurements.put(run, MeasurementJson.read(out));
        }
    }

    /** Jersey and RESTEasy, each on this JDK and on JDK 25 where it is installed. */
    static List<String> runs() throws IOException {
        List<String> jdks = AgentLaunchIT.findJdk25() == null ? List.of("this JDK") : List.of("this JDK", "25");
        List<String> runs = new ArrayList<>();
        for (String implementation : List.of("jersey", "resteasy")) {
            for (String jdk : jdks) {
                runs.add(implementation + " on " + jdk);
            }
        }
        return runs;
    }

    /** Every jar in it-libs whose name starts with {@code prefix}; at least one. */
    private static List<String> libs(String prefix) throws IOException {
        try (Stream<Path> jars = Files.list(ChildJvm.LIBS)) {
            List<String> found = jars.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .map(Path::toString)
                    .collect(Collectors.toList());
            assertThat(found).as("%s*.jar in %s", prefix, ChildJvm.LIBS).isNotEmpty();
            return found;
        }
    }

    private static Map<String, UnitSample> units(String run) {
        return measurements.get(run).total().orElseThrow().units();
    }

    @ParameterizedTest
    @MethodSource("runs")
    void eachRequestIsOneUnitNamedByTheMatchedResourceTemplate(String run) {
        assertThat(units(run).keySet())
                .containsExactlyInAnyOrder("http GET /vets", "http GET /vets/{id}", "http GET /api/*");
        assertThat(units(run).get("http GET /vets").okCount()).isEqualTo(N);
        assertThat(units(run).get("http GET /vets/{id}").okCount()).isEqualTo(N);
    }

    @ParameterizedTest
    @MethodSource("runs")
    void aRequestNoResourceMatchesKeepsTheServletMappingsName(String run) {
        // the implementation's 404: counted once, and not a successful request (not 2xx)
        assertThat(units(run).get("http GET /api/*").failedCount()).isEqualTo(N);
        assertThat(units(run).get("http GET /api/*").okCount()).isZero();
    }
}
