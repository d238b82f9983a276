package dev.sci4j.agent.otel.it;

import org.apache.tomcat.util.threads.VirtualThreadExecutor;

/**
 * {@link SpringMvcService} with each request handled on a new virtual thread (JDK 21+), as Spring Boot sets
 * Tomcat up for {@code spring.threads.virtual.enabled=true}: Tomcat's {@link VirtualThreadExecutor} as the
 * connector's executor. Run as a child JVM by {@link OtelVirtualThreadsIT}.
 */
public final class SpringMvcVirtualThreadService {
    private SpringMvcVirtualThreadService() {}

    public static void main(String[] args) throws Exception {
        SpringMvcService.serve(tomcat ->
                tomcat.getConnector().getProtocolHandler().setExecutor(new VirtualThreadExecutor("tomcat-handler-")));
    }
}
