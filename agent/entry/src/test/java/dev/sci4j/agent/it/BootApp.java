package dev.sci4j.agent.it;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring Boot 3.5 web MVC application on embedded Tomcat, started from the class path (not a fat jar) under the
 * agent (run by {@link SpringBootIT}): a light and an 8× heavier route with path variables, one that fails (500,
 * Boot's error page), and requests no route matches (404). Auto-configuration without component scanning, so
 * that only {@link Api} is a controller. Each route is sent {@link #REQUESTS} requests with distinct ids, after
 * {@link #WARM_UPS} to a route of their own.
 */
@EnableAutoConfiguration
@Import(BootApp.Api.class)
public class BootApp {
    static final int REQUESTS = 6;
    static final int WARM_UPS = 3;

    /** Whether a handler ran on a virtual thread, so the test knows Boot's switch really took effect. */
    private static volatile boolean sawVirtualThread;

    /** Extra arguments are Spring properties, e.g. {@code --spring.threads.virtual.enabled=true}. */
    public static void main(String[] args) throws Exception {
        List<String> properties = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                "--spring.mvc.servlet.load-on-startup=1")); // Spring MVC starts now, not in the first request
        properties.addAll(List.of(args));
        ConfigurableApplicationContext context =
                SpringApplication.run(BootApp.class, properties.toArray(new String[0]));
        try {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            for (int i = 0; i < WARM_UPS; i++) { // the first requests' class loading and compilation: its own unit
                RouteClient.expect(port, "/warm-up/" + i, 200);
            }
            for (int i = 0; i < REQUESTS; i++) {
                RouteClient.expect(port, "/owners/" + i, 200);
                RouteClient.expect(port, "/orders/" + i, 200);
                RouteClient.expect(port, "/boom/" + i, 500);
                RouteClient.expect(port, "/nothing/" + i, 404);
            }
        } finally {
            context.close();
        }
        System.out.println("handlers on virtual threads: " + sawVirtualThread);
        System.out.println("done");
    }

    private static void noteThread() {
        try { // Thread.isVirtual is JDK 21+; these classes also run on JDK 17
            Method isVirtual = Thread.class.getMethod("isVirtual");
            sawVirtualThread |= (Boolean) isVirtual.invoke(Thread.currentThread());
        } catch (ReflectiveOperationException e) {
            // JDK 17: no virtual threads
        }
    }

    /** The application's routes. */
    @RestController
    public static class Api {
        @GetMapping("/warm-up/{id}")
        public String warmUp(@PathVariable("id") String id) {
            return "warm " + id;
        }

        @GetMapping("/owners/{id}")
        public String owner(@PathVariable("id") String id) {
            RouteClient.burn(2);
            return "owner " + id;
        }

        @GetMapping("/orders/{id}")
        public String order(@PathVariable("id") String id) {
            noteThread();
            RouteClient.burn(16);
            return "order " + id;
        }

        @GetMapping("/boom/{id}")
        public String boom(@PathVariable("id") String id) {
            throw new IllegalStateException("broken on purpose " + id);
        }
    }
}
