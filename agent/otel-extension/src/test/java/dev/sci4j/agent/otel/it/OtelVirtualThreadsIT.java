package dev.sci4j.agent.otel.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sci4j.measurement.UnitSample;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The real OpenTelemetry Java agent with the sci4j extension on JDK 21+, one JDK {@code HttpServer} handling each
 * request on a new virtual thread and one on a platform pool, the same light and heavy routes on both (the heavy
 * one sleeps between its chunks of work, so its virtual thread unmounts and remounts): each request is one unit,
 * and a heavy unit on a virtual thread gets the CPU time of the same work on a platform thread.
 */
class OtelVirtualThreadsIT {
    private static final int REQUESTS_PER_ROUTE = 20;
    private static final Pattern LISTENING = Pattern.compile("listening (\\d+) (\\d+)");

    @Test
    void aUnitOnAVirtualThreadGetsTheCpuTimeOfTheSameWorkOnAPlatformThread() throws Exception {
        OtelRun run = run();
        for (String threads : new String[] {"/pt", "/vt"}) {
            run.assertCounted("http GET " + threads + "/light", REQUESTS_PER_ROUTE, 0);
            run.assertCounted("http GET " + threads + "/heavy", REQUESTS_PER_ROUTE, 0);
        }
        assertThat(run.log).as("service log").doesNotContain("CPU time not measured");
        assertThat(run.measurement.run().warnings()).isEmpty();
        double platform = cpuSecondsPerUnit(run, "http GET /pt/heavy");
        double virtual = cpuSecondsPerUnit(run, "http GET /vt/heavy");
        System.out.printf(
                "OtelVirtualThreadsIT: heavy unit CPU %.2f ms on a platform thread, %.2f ms on a virtual thread%s%n",
                platform * 1e3, virtual * 1e3, run.summary());
        assertThat(platform).isPositive();
        assertThat(virtual).as("CPU s per heavy unit on a virtual thread").isCloseTo(platform, within(0.25 * platform));
        double light = cpuSecondsPerUnit(run, "http GET /vt/light");
        assertThat(virtual / light)
                .as("heavy/light CPU per unit on virtual threads")
                .isGreaterThan(2);
    }

    private static double cpuSecondsPerUnit(OtelRun run, String name) {
        UnitSample unit = run.units.get(name);
        return unit.cpuSeconds() / unit.count();
    }

    private static OtelRun run() throws Exception {
        OtelService service =
                OtelService.start("virtual-threads", javaHome(), null, VirtualThreadService.class, LISTENING);
        try {
            int platformPort = Integer.parseInt(service.readyGroup(1));
            int virtualPort = Integer.parseInt(service.readyGroup(2));
            for (int i = 0; i < REQUESTS_PER_ROUTE; i++) {
                assertThat(service.get(platformPort, "/pt/light")).isEqualTo(200);
                assertThat(service.get(platformPort, "/pt/heavy")).isEqualTo(200);
                assertThat(service.get(virtualPort, "/vt/light")).isEqualTo(200);
                assertThat(service.get(virtualPort, "/vt/heavy")).isEqualTo(200);
            }
            return service.stop();
        } finally {
            service.kill();
        }
    }

    /** The test's JDK if it has virtual threads, else Temurin 25; the test is skipped where there is neither. */
    private static Path javaHome() throws Exception {
        if (Runtime.version().feature() >= 21) {
            return Path.of(System.getProperty("java.home"));
        }
        Path jdk = TestJdks.javaHome(TestJdks.JDK_25);
        assumeTrue(jdk != null, "no JDK 21+ for virtual threads");
        return jdk;
    }
}
