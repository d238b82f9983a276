package dev.sci4j.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The application carries Jackson 2.15 and ASM 9.2 on its class path; the agent runs Jackson 2.18 and ASM 9.9
 * in its isolated loader. Each side must see and use its own.
 */
class IsolationIT {
    @Test
    void applicationKeepsItsOwnJacksonAndAsmWhileTheAgentRuns() throws Exception {
        String classPath;
        try (Stream<Path> libs = Files.list(ChildJvm.LIBS)) {
            classPath = Stream.concat(libs.map(Path::toString), Stream.of(ChildJvm.TEST_CLASSES.toString()))
                    .collect(Collectors.joining(File.pathSeparator));
        }
        Path out = ChildJvm.fresh("isolation.json");

        ChildJvm child = ChildJvm.start(
                "isolation",
                ChildJvm.currentJavaHome(),
                List.of(
                        "-javaagent:" + ChildJvm.AGENT_JAR.toAbsolutePath() + "=output=" + out
                                + ";interval=200ms;output.write.intervals=2;energy.source=model",
                        "-cp",
                        classPath,
                        IsolationApp.class.getName(),
                        "2500"));

        assertThat(child.waitFor(30)).isZero();
        String output = child.output();
        assertThat(output)
                .contains("jackson version 2.15.")
                .containsPattern("jackson from .*jackson-databind-2\\.15\\.\\d+\\.jar")
                .containsPattern("asm from .*asm-9\\.2\\.jar")
                .contains("jackson works: {\"round\":0}")
                .contains("asm works: Generated0")
                .contains("[sci4j] started")
                .doesNotContain("Exception");
        Measurement m = MeasurementJson.read(out);
        assertThat(m.samples()).isNotEmpty();
    }
}
