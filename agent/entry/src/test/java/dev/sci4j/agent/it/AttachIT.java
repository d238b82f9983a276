package dev.sci4j.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.measurement.EnergySourceKind;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code java -jar sci4j-agent.jar attach <pid> …} against a running child JVM. */
class AttachIT {
    @Test
    void attachesToARunningJvm() throws Exception {
        ChildJvm app = ChildJvm.start(
                "attach-app",
                ChildJvm.currentJavaHome(),
                List.of(
                        "-cp",
                        ChildJvm.TEST_CLASSES + java.io.File.pathSeparator + UnitsIT.apiJar(),
                        BusyApp.class.getName(),
                        "8000",
                        "announce"));
        app.awaitOutput("ready ", 20);
        Path out = ChildJvm.fresh("attach.json");

        ChildJvm attach = ChildJvm.start(
                "attach-tool",
                ChildJvm.currentJavaHome(),
                List.of(
                        "-jar",
                        ChildJvm.AGENT_JAR.toAbsolutePath().toString(),
                        "attach",
                        String.valueOf(app.process.pid()),
                        "output=" + out + ";interval=200ms;energy.source=model"));

        assertThat(attach.waitFor(30)).as(attach.output()).isZero();
        assertThat(app.waitFor(30)).isZero();
        assertThat(app.output()).contains("[sci4j] attached: energy from model").contains("done true");
        Measurement m = MeasurementJson.read(out);
        assertThat(m.run().energySource().kind()).isEqualTo(EnergySourceKind.MODEL);
        assertThat(m.samples()).isNotEmpty();
        assertThat(m.total().orElseThrow().processTotalJoules()).isGreaterThan(0);
        // Retransformation instruments the already loaded, already running application after the attach.
        assertThat(m.total().orElseThrow().units().get("busy").okCount()).isPositive();
    }

    @Test
    void attachToolReportsABadPid() throws Exception {
        ChildJvm attach = ChildJvm.start(
                "attach-bad",
                ChildJvm.currentJavaHome(),
                List.of("-jar", ChildJvm.AGENT_JAR.toAbsolutePath().toString(), "attach", "999999999"));

        assertThat(attach.waitFor(30)).isNotZero();
        assertThat(attach.output()).contains("cannot attach to JVM 999999999");
    }
}
