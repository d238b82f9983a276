package dev.sci4j.agent.otel.it;

import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A gRPC-java service (Netty, shaded) with hand-built method descriptors and a UTF-8 string marshaller, so no
 * protoc: {@code sci4j.Owners/Light}, {@code sci4j.Owners/Heavy} (8× the CPU work, handed to another executor,
 * so its CPU time reaches the call's unit only through OpenTelemetry's context propagation), {@code Find} (answers
 * NOT_FOUND, gRPC's 404) and {@code Fail} (INTERNAL, gRPC's 500). Run as a child JVM by {@link OtelStacksIT};
 * prints {@code listening PORT} and serves until it is stopped (SIGTERM).
 */
public final class GrpcService {
    static final String SERVICE = "sci4j.Owners";
    static final MethodDescriptor<String, String> LIGHT = method("Light");
    static final MethodDescriptor<String, String> HEAVY = method("Heavy");
    static final MethodDescriptor<String, String> FIND = method("Find");
    static final MethodDescriptor<String, String> FAIL = method("Fail");

    private GrpcService() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        ExecutorService backend = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "service-backend");
            t.setDaemon(true);
            return t;
        });
        ServerServiceDefinition owners = ServerServiceDefinition.builder(SERVICE)
                .addMethod(
                        LIGHT,
                        ServerCalls.asyncUnaryCall((request, response) -> respond(
                                response, request + " " + TwoRouteService.compute(TwoRouteService.LIGHT_ITERATIONS))))
                .addMethod(
                        HEAVY,
                        ServerCalls.asyncUnaryCall((request, response) -> CompletableFuture.supplyAsync(
                                        () -> TwoRouteService.compute(
                                                TwoRouteService.LIGHT_ITERATIONS * TwoRouteService.HEAVY_FACTOR),
                                        backend)
                                .thenAccept(x -> respond(response, request + " " + x))))
                .addMethod(
                        FIND,
                        ServerCalls.asyncUnaryCall((request, response) -> response.onError(
                                Status.NOT_FOUND.withDescription(request).asRuntimeException())))
                .addMethod(
                        FAIL,
                        ServerCalls.asyncUnaryCall((request, response) -> response.onError(Status.INTERNAL
                                .withDescription("broken on purpose")
                                .asRuntimeException())))
                .build();
        Server server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
                .addService(owners)
                .build()
                .start();
        System.out.println("listening " + server.getPort());
        System.out.flush();
        server.awaitTermination();
    }

    private static void respond(StreamObserver<String> response, String value) {
        response.onNext(value);
        response.onCompleted();
    }

    static MethodDescriptor<String, String> method(String name) {
        return MethodDescriptor.<String, String>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY)
                .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, name))
                .setRequestMarshaller(Utf8.INSTANCE)
                .setResponseMarshaller(Utf8.INSTANCE)
                .build();
    }

    /** Messages are UTF-8 strings. */
    enum Utf8 implements MethodDescriptor.Marshaller<String> {
        INSTANCE;

        @Override
        public InputStream stream(String value) {
            return new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String parse(InputStream stream) {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
