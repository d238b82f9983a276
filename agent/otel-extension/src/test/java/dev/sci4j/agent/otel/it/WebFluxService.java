package dev.sci4j.agent.otel.it;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.config.EnableWebFlux;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A Spring WebFlux 6 service on Reactor Netty, without Spring Boot: a light route {@code /owners/{id}} answered
 * on the event loop, {@code /ping} for warming up, a heavy one {@code /owners/{id}/visits} whose 8× CPU work is a {@code Mono} that runs later
 * on Reactor's parallel scheduler (its CPU time reaches the request's unit only through OpenTelemetry's context
 * propagation), {@code /boom} failing (500), and Spring's 404 for the rest. Run as a child JVM by {@link
 * OtelStacksIT}; prints {@code listening PORT} and serves until it is stopped (SIGTERM).
 */
public final class WebFluxService {
    private WebFluxService() {}

    public static void main(String[] args) {
        AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext(Config.class);
        HttpHandler handler = WebHttpHandlerBuilder.applicationContext(spring).build();
        DisposableServer server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .handle(new ReactorHttpHandlerAdapter(handler))
                .bindNow();
        System.out.println("listening " + server.port());
        System.out.flush();
        server.onDispose().block();
    }

    /** Spring's WebFlux configuration with the one controller. */
    @Configuration
    @EnableWebFlux
    public static class Config {
        @Bean
        public Owners owners() {
            return new Owners();
        }
    }

    /** Routes named by their pattern, whatever the id in the URL. */
    @RestController
    public static class Owners {
        @GetMapping("/ping")
        public String ping() {
            return "pong";
        }

        @GetMapping("/owners/{id}")
        public String owner(@PathVariable("id") String id) {
            return id + " " + TwoRouteService.compute(TwoRouteService.LIGHT_ITERATIONS);
        }

        @GetMapping("/owners/{id}/visits")
        public Mono<String> visits(@PathVariable("id") String id) {
            return Mono.fromCallable(() -> id + " "
                            + TwoRouteService.compute(TwoRouteService.LIGHT_ITERATIONS * TwoRouteService.HEAVY_FACTOR))
                    .subscribeOn(Schedulers.parallel());
        }

        @GetMapping("/boom")
        public String boom() {
            throw new IllegalStateException("broken on purpose");
        }
    }
}
