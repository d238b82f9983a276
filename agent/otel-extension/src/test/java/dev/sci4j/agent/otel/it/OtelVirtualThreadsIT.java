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
 * and a heavy unit on a virtual thread gets the CPU time of the same work on a platform thread. Then Spring MVC on
 * Tomcat with the virtual-thread executor Spring Boot uses for {@code spring.threads.virtual.enabled=true}.
 */
class OtelVirtualThreadsIT {
    private static final int REQUESTS_PER_ROUTE = 20;
    private static final int WARM_UP = 10;
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

    /**
     * Spring MVC on Tomcat with Spring Boot's virtual-thread executor: each request counted once under its pattern,
     * and the light route's work, done on the request's virtual thread, reaches its unit. The heavy route hands its
     * 8× work to a platform pool, so the light unit's CPU is at least half of one eighth of the heavy one's; without
     * a virtual thread's CPU clock it would be about none.
     */
    @Test
    void springMvcOnTomcatsVirtualThreadsCountsEachRequestOnceAndMeasuresItsCpuTime() throws Exception {
        OtelService service = OtelService.start(
                "springmvc-virtual-threads",
                javaHome(),
                TestJdks.libs("sci4j.it.springMvcLibs"),
                SpringMvcVirtualThreadService.class);
        OtelRun run;
        try {
            for (int i = 0; i < WARM_UP; i++) {
                assertThat(service.get("/ping")).isEqualTo(200);
            }
            for (int i = 0; i < REQUESTS_PER_ROUTE; i++) {
                assertThat(service.get("/owners/" + i)).isEqualTo(200);
                assertThat(service.get("/owners/" + i + "/visits")).isEqualTo(200);
            }
            run = service.stop();
        } finally {
            service.kill();
        }
        run.assertLightAndHeavy("http GET /owners/{id}", "http GET /owners/{id}/visits", REQUESTS_PER_ROUTE);
        run.assertCounted("http GET /ping", WARM_UP, 0);
        assertThat(run.log).as("service log").doesNotContain("CPU time not measured");
        assertThat(run.measurement.run().warnings()).isEmpty();
        double light = cpuSecondsPerUnit(run, "http GET /owners/{id}");
        double heavy = cpuSecondsPerUnit(run, "http GET /owners/{id}/visits");
        System.out.printf(
                "OtelVirtualThreadsIT: Spring MVC on Tomcat's virtual threads, CPU per unit %.2f ms light, %.2f ms"
                        + " heavy%s%n",
                light * 1e3, heavy * 1e3, run.summary());
        assertThat(light)
                .as("CPU s per light unit (its work on a virtual thread)")
                .isGreaterThan(heavy / 16);
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
