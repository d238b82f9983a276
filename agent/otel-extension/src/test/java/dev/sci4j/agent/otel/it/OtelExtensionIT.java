package dev.sci4j.agent.otel.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The real OpenTelemetry Java agent with the sci4j extension, every OpenTelemetry exporter off, on two small
 * services — a JDK {@code HttpServer} and Vert.x web (Netty) — each with a light route and one doing 8× its CPU
 * work on another thread: each request is one unit named from {@code http.route}; the heavy route's energy per
 * unit is well above the light one's (CPU time follows the context); sci4j's own Prometheus scrapes are no
 * unit. The other stacks are in {@link OtelStacksIT}.
 */
class OtelExtensionIT {
    private static final int REQUESTS_PER_ROUTE = 20;
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @Test
    void jdkHttpServerEachRequestIsOneUnitPerRouteAndTheHeavyRouteCostsMorePerUnit() throws Exception {
        OtelRun run = run("jdk", null, TwoRouteService.class, port -> "/light", port -> "/heavy");
        run.assertLightAndHeavy("http GET /light", "http GET /heavy", REQUESTS_PER_ROUTE);
    }

    @Test
    void vertxWebEachRequestIsOneUnitNamedFromItsRouteTemplateAndWorkerPoolCpuFollows() throws Exception {
        OtelRun run = run(
                "vertx",
                Path.of(System.getProperty("sci4j.it.vertxLibs")),
                VertxTwoRouteService.class,
                i -> "/items/" + i + "/light",
                i -> "/items/" + i + "/heavy");
        run.assertLightAndHeavy("http GET /items/:id/light", "http GET /items/:id/heavy", REQUESTS_PER_ROUTE);
        assertThat(run.units.keySet()).noneMatch(name -> name.contains("/items/1"));
    }

    /** Starts the service under both agents, sends the requests and scrapes, stops it and reads the file. */
    private static OtelRun run(
            String name, Path libs, Class<?> main, IntFunction<String> light, IntFunction<String> heavy)
            throws Exception {
        OtelService service = OtelService.start(name, JAVA_HOME, libs, main);
        try {
            for (int i = 0; i < REQUESTS_PER_ROUTE; i++) {
                assertThat(service.get(light.apply(i))).isEqualTo(200);
                assertThat(service.get(heavy.apply(i))).isEqualTo(200);
                if (i % 5 == 0) {
                    service.scrape();
                }
            }
            return service.stop();
        } finally {
            service.kill();
        }
    }
}
