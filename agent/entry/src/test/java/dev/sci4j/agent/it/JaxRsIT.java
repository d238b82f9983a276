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
 * JAX-RS on Jersey 3.1 from Maven Central ({@link JerseyApp}, on embedded Tomcat 11) under the packaged agent:
 * each request is one unit named from the matched resource's {@code @Path} templates, not from the servlet mapping
 * and never from the URL; a request no resource matches keeps the mapping's name. On this JDK and on JDK 25
 * where installed.
 */
class JaxRsIT {
    private static final int N = JerseyApp.REQUESTS;
    /** The jars of Jersey, HK2 and the APIs they need, by file name prefix (versions from the pom). */
    private static final List<String> JERSEY = List.of(
            "jersey-",
            "hk2-",
            "aopalliance-repackaged-",
            "javassist-",
            "osgi-resource-locator-",
            "jakarta.ws.rs-api-",
            "jakarta.inject-api-",
            "jakarta.annotation-api-",
            "jakarta.validation-api-",
            "tomcat-embed-core-",
            "tomcat-annotations-api-");

    private static final Map<String, Measurement> measurements = new HashMap<>();

    @BeforeAll
    static void runTheService() throws Exception {
        List<String> classPath = new ArrayList<>();
        classPath.add(ChildJvm.TEST_CLASSES.toString());
        for (String prefix : JERSEY) {
            classPath.addAll(libs(prefix));
        }
        for (String jdk : jdks()) {
            Path javaHome = jdk.equals("25") ? AgentLaunchIT.findJdk25() : ChildJvm.currentJavaHome();
            Path out = ChildJvm.fresh("jaxrs-" + jdk + ".json");
            ChildJvm child = ChildJvm.start(
                    "jaxrs-" + jdk,
                    javaHome,
                    List.of(
                            "-javaagent:" + ChildJvm.AGENT_JAR.toAbsolutePath() + "=output=" + out
                                    + ";interval=200ms;energy.source=model",
                            "-cp",
                            String.join(File.pathSeparator, classPath),
                            JerseyApp.class.getName()));
            assertThat(child.waitFor(90)).as(child.output()).isZero();
            assertThat(child.output()).contains("done");
            measurements.put(jdk, MeasurementJson.read(out));
        }
    }

    /** This JDK, and JDK 25 where it is installed. */
    static List<String> jdks() throws IOException {
        return AgentLaunchIT.findJdk25() == null ? List.of("this JDK") : List.of("this JDK", "25");
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

    private static Map<String, UnitSample> units(String jdk) {
        return measurements.get(jdk).total().orElseThrow().units();
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void eachRequestIsOneUnitNamedByTheMatchedResourceTemplate(String jdk) {
        assertThat(units(jdk).keySet())
                .containsExactlyInAnyOrder("http GET /vets", "http GET /vets/{id}", "http GET /api/*");
        assertThat(units(jdk).get("http GET /vets").okCount()).isEqualTo(N);
        assertThat(units(jdk).get("http GET /vets/{id}").okCount()).isEqualTo(N);
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void aRequestNoResourceMatchesKeepsTheServletMappingsName(String jdk) {
        // Jersey's 404: counted once, and not a successful request (not 2xx)
        assertThat(units(jdk).get("http GET /api/*").failedCount()).isEqualTo(N);
        assertThat(units(jdk).get("http GET /api/*").okCount()).isZero();
    }
}
