package dev.sci4j.agent.otel.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.CallOptions;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real OpenTelemetry Java agent with the sci4j extension on the stacks the standalone agent does not see (or
 * sees only as servlets): Spring WebFlux on Reactor Netty, gRPC-java, and Spring MVC on Tomcat. Each service has a
 * light route or method and one doing 8× its CPU work where only OpenTelemetry's context propagation carries it
 * to the request (a later {@code Mono} on Reactor's parallel scheduler, another executor), plus a 404 and a 500
 * (gRPC: NOT_FOUND and INTERNAL). Checked: each request is one unit named from the route template or the RPC
 * method, counted exactly; heavy/light energy per unit > 2; sci4j's own scrapes are no unit; the 404 and the 500
 * are counted once each. One service JVM per stack and JDK: the test's own JDK and, where installed, Temurin 25.
 */
class OtelStacksIT {
    private static final int REQUESTS = 20;
    /**
     * Requests to {@code /ping} before the measured ones: the first requests of a stack carry its lazy
     * initialisation and cold code, which would otherwise land on whichever route is asked first.
     */
    private static final int WARM_UP = 10;

    private static final String TEST_JDK = TestJdks.TEST_JDK;
    private static final String JDK_25 = TestJdks.JDK_25;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TEST_JDK, JDK_25})
    void springWebFluxOnReactorNettyEachRequestIsOneUnitNamedFromItsRoutePatternAndLaterMonoCpuFollows(String jdk)
            throws Exception {
        assertOwnersService("webflux", jdk, "sci4j.it.webfluxLibs", WebFluxService.class, "http GET (no route)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TEST_JDK, JDK_25})
    void springMvcOnTomcatEachRequestIsOneUnitNamedFromItsRoutePatternAndTheErrorDispatchIsNoSecondUnit(String jdk)
            throws Exception {
        // Spring's 404 has no handler pattern: OpenTelemetry names it from the servlet mapping ("/" read as "/*").
        assertOwnersService("springmvc", jdk, "sci4j.it.springMvcLibs", SpringMvcService.class, "http GET /*");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TEST_JDK, JDK_25})
    void micronautEachRequestIsOneUnitNamedFromTheTemplateItsFilterPutsOnTheSpanAndExecutorCpuFollows(String jdk)
            throws Exception {
        assertOwnersService("micronaut", jdk, "sci4j.it.micronautLibs", MicronautService.class, "http GET (no route)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TEST_JDK, JDK_25})
    void grpcEachCallIsOneUnitNamedFromItsServiceAndMethodAndExecutorCpuFollows(String jdk) throws Exception {
        OtelService service = OtelService.start(
                "grpc-" + TestJdks.tag(jdk),
                TestJdks.javaHome(jdk),
                TestJdks.libs("sci4j.it.grpcLibs"),
                GrpcService.class);
        ManagedChannel channel = Grpc.newChannelBuilderForAddress(
                        "127.0.0.1", service.port(), InsecureChannelCredentials.create())
                .build();
        OtelRun run;
        try {
            for (int i = 0; i < REQUESTS; i++) {
                assertThat(call(channel, GrpcService.LIGHT, "owner " + i)).isEqualTo(Status.Code.OK);
                assertThat(call(channel, GrpcService.HEAVY, "owner " + i)).isEqualTo(Status.Code.OK);
                if (i % 5 == 0) {
                    service.scrape();
                }
            }
            assertThat(call(channel, GrpcService.FIND, "nobody")).isEqualTo(Status.Code.NOT_FOUND);
            assertThat(call(channel, GrpcService.FAIL, "anything")).isEqualTo(Status.Code.INTERNAL);
            run = service.stop();
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            service.kill();
        }
        report("grpc", jdk, run, run.assertLightAndHeavy("rpc sci4j.Owners/Light", "rpc sci4j.Owners/Heavy", REQUESTS));
        run.assertCounted("rpc sci4j.Owners/Find", 0, 1);
        run.assertCounted("rpc sci4j.Owners/Fail", 0, 1);
        run.assertOnlyUnits(
                "rpc sci4j.Owners/Light", "rpc sci4j.Owners/Heavy", "rpc sci4j.Owners/Find", "rpc sci4j.Owners/Fail");
    }

    /** Light and heavy requests with distinct ids, scrapes, then one 404 and one 500. */
    private static OtelRun httpRun(String name, String jdk, String libsProperty, Class<?> main) throws Exception {
        OtelService service = OtelService.start(
                name + "-" + TestJdks.tag(jdk), TestJdks.javaHome(jdk), TestJdks.libs(libsProperty), main);
        try {
            for (int i = 0; i < WARM_UP; i++) {
                assertThat(service.get("/ping")).isEqualTo(200);
            }
            for (int i = 0; i < REQUESTS; i++) {
                assertThat(service.get("/owners/" + i)).isEqualTo(200);
                assertThat(service.get("/owners/" + i + "/visits")).isEqualTo(200);
                if (i % 5 == 0) {
                    service.scrape();
                }
            }
            assertThat(service.get("/nothing/here")).isEqualTo(404);
            assertThat(service.get("/boom")).isEqualTo(500);
            service.awaitUnit("http GET /boom");
            return service.stop();
        } finally {
            service.kill();
        }
    }

    private static Status.Code call(ManagedChannel channel, MethodDescriptor<String, String> method, String request) {
        try {
            ClientCalls.blockingUnaryCall(
                    channel, method, CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS), request);
            return Status.Code.OK;
        } catch (StatusRuntimeException e) {
            return e.getStatus().getCode();
        }
    }

    /** Prints what was measured, for the build log. */
    private static void report(String stack, String jdk, OtelRun run, double heavyOverLight) {
        System.out.printf(
                "%s on %s: heavy/light energy per unit %.2f, serving after %.1f s%s%n",
                stack, jdk, heavyOverLight, run.startSeconds, run.summary());
    }

    /**
     * One run of the owners service on an HTTP stack: light and heavy routes by their patterns, a 500 and a 404
     * (named {@code notFoundUnit}) once each and failed, the warm-up pings, and no other unit.
     */
    private static void assertOwnersService(
            String name, String jdk, String libsProperty, Class<?> service, String notFoundUnit) throws Exception {
        OtelRun run = httpRun(name, jdk, libsProperty, service);
        report(
                name,
                jdk,
                run,
                run.assertLightAndHeavy("http GET /owners/{id}", "http GET /owners/{id}/visits", REQUESTS));
        run.assertCounted("http GET /boom", 0, 1);
        run.assertCounted(notFoundUnit, 0, 1);
        run.assertCounted("http GET /ping", WARM_UP, 0);
        run.assertOnlyUnits(
                "http GET /owners/{id}",
                "http GET /owners/{id}/visits",
                "http GET /boom",
                notFoundUnit,
                "http GET /ping");
    }
}
