package dev.sci4j.agent.otel.it;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import io.opentelemetry.api.trace.Span;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Micronaut 4 HTTP service (Netty), its beans generated at test compile time by Micronaut's annotation processor:
 * a light route {@code /owners/{id}}, {@code /ping} for warming up, a heavy one {@code /owners/{id}/visits} whose
 * 8× CPU work runs on another executor and completes the response later, {@code /boom} failing (500), and
 * Micronaut's 404 for the rest. The OpenTelemetry Java agent instruments Micronaut's Netty but not its router, so
 * its server spans carry no {@code http.route}: {@link RouteToSpan}, the few lines a Micronaut service adds, puts
 * Micronaut's matched template there. Run as a child JVM by {@link OtelStacksIT}; prints {@code listening PORT} and
 * serves until it is stopped (SIGTERM).
 */
public final class MicronautService {
    private static final ExecutorService BACKEND = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "service-backend");
        t.setDaemon(true);
        return t;
    });

    private MicronautService() {}

    public static void main(String[] args) {
        ApplicationContext context = Micronaut.build(args)
                .mainClass(MicronautService.class)
                .properties(Map.of("micronaut.server.host", "127.0.0.1", "micronaut.server.port", -1))
                .start();
        System.out.println("listening " + context.getBean(EmbeddedServer.class).getPort());
        System.out.flush();
    }

    /**
     * Puts the route template Micronaut matched on the current (server) span as {@code http.route}, through the
     * OpenTelemetry API that the Java agent bridges to its own; without it every request is {@code http GET (no
     * route)}. A request no route matched (a 404) gets none.
     */
    @ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
    public static class RouteToSpan {
        @RequestFilter
        @SuppressWarnings("deprecation") // the attribute's replacement, BasicHttpAttributes, is not in Micronaut 4.7
        public void route(HttpRequest<?> request) {
            request.getAttribute(HttpAttributes.URI_TEMPLATE, String.class)
                    .ifPresent(template -> Span.current().setAttribute("http.route", template));
        }
    }

    /** Routes named by their template, whatever the id in the URL. */
    @Controller
    public static class Owners {
        @Get("/ping")
        public String ping() {
            return "pong";
        }

        @Get("/owners/{id}")
        public String owner(String id) {
            return id + " " + TwoRouteService.compute(TwoRouteService.LIGHT_ITERATIONS);
        }

        @Get("/owners/{id}/visits")
        public CompletableFuture<String> visits(String id) {
            return CompletableFuture.supplyAsync(
                    () -> id + " "
                            + TwoRouteService.compute(TwoRouteService.LIGHT_ITERATIONS * TwoRouteService.HEAVY_FACTOR),
                    BACKEND);
        }

        @Get("/boom")
        public String boom() {
            throw new IllegalStateException("broken on purpose");
        }
    }
}
