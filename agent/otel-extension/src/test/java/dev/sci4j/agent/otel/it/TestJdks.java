package dev.sci4j.agent.otel.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The JDKs the test services run on, and the class paths the build copied for them. */
final class TestJdks {
    static final String TEST_JDK = "test JDK";
    static final String JDK_25 = "JDK 25";

    private TestJdks() {}

    /** The directory of a service's jars, named by the build in system property {@code property}. */
    static Path libs(String property) {
        return Path.of(System.getProperty(property));
    }

    /** A short name for the JDK, for file names. */
    static String tag(String jdk) {
        return jdk.equals(JDK_25) ? "jdk25" : "jdk";
    }

    /** The test's own JDK, or Temurin 25 under /usr/lib/jvm (the test is skipped where there is none). */
    static Path javaHome(String jdk) throws IOException {
        if (!jdk.equals(JDK_25)) {
            return Path.of(System.getProperty("java.home"));
        }
        Path jdk25 = findJdk25();
        assumeTrue(jdk25 != null, "no /usr/lib/jvm/temurin-25* on this machine");
        return jdk25;
    }

    private static Path findJdk25() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (Stream<Path> s = Files.list(jvms)) {
            List<Path> found = s.filter(p -> p.getFileName().toString().startsWith("temurin-25"))
                    .filter(p -> Files.isExecutable(p.resolve("bin").resolve("java")))
                    .sorted()
                    .toList();
            return found.isEmpty() ? null : found.get(0);
        }
    }
}
