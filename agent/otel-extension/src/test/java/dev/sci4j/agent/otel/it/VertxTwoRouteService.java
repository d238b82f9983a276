package dev.sci4j.agent.otel.it;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A Vert.x web service (Netty underneath, which the standalone agent does not see) with a light route on the
 * event loop and a route doing 8× its CPU work in {@code executeBlocking} on Vert.x's worker pool, so its CPU
 * time reaches its unit only through OpenTelemetry's context propagation. Run as a child JVM by {@link
 * OtelExtensionIT}; prints {@code listening PORT} and serves until it is stopped (SIGTERM).
 */
public final class VertxTwoRouteService {
    private VertxTwoRouteService() {}

    public static void main(String[] args) {
        Vertx vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.get("/items/:id/light")
                .handler(rc -> respond(rc, TwoRouteService.compute(TwoRouteService.LIGHT_ITERATIONS)));
        router.get("/items/:id/heavy")
                .handler(rc -> vertx.executeBlocking(() -> TwoRouteService.compute(
                                TwoRouteService.LIGHT_ITERATIONS * TwoRouteService.HEAVY_FACTOR))
                        .onComplete(result -> respond(rc, result.result())));
        vertx.createHttpServer()
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .onSuccess(server -> {
                    System.out.println("listening " + server.actualPort());
                    System.out.flush();
                })
                .onFailure(e -> {
                    e.printStackTrace();
                    vertx.close();
                });
    }

    private static void respond(RoutingContext rc, long x) {
        rc.response().end(Long.toString(x));
    }
}
