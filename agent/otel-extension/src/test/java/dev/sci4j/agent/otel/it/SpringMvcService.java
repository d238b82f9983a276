package dev.sci4j.agent.otel.it;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.ErrorPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Spring MVC 6 (no Boot) on embedded Tomcat 11, the stack of the standalone agent's {@code ServletStacksIT}:
 * Spring's {@code DispatcherServlet} as the default servlet with a light route {@code /owners/{id}}, {@code /ping} for warming up, a heavy one
 * {@code /owners/{id}/visits} handing 8× the CPU work to another executor, {@code /boom} failing (500), Spring's
 * 404 for the rest, and an error page for 404 and 500 that Tomcat reaches by a second (ERROR) dispatch. Run as a
 * child JVM by {@link OtelStacksIT}; prints {@code listening PORT} and serves until it is stopped (SIGTERM).
 */
public final class SpringMvcService {
    static final String ERROR_PAGE = "/error";
    private static final ExecutorService BACKEND = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "service-backend");
        t.setDaemon(true);
        return t;
    });

    private SpringMvcService() {}

    public static void main(String[] args) throws Exception {
        serve(tomcat -> {});
    }

    /** Serves as {@link #main} does, with {@code configure} applied to Tomcat before it starts. */
    static void serve(Consumer<Tomcat> configure) throws Exception {
        Path base = Files.createTempDirectory("sci4j-otel-tomcat");
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        tomcat.setHostname("127.0.0.1");
        tomcat.setPort(0);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        configure.accept(tomcat);
        Context context = tomcat.addContext("", base.toString());
        AnnotationConfigWebApplicationContext spring = new AnnotationConfigWebApplicationContext();
        spring.register(Owners.class);
        // Spring starts with Tomcat, not in the first request (whose unit would carry Spring's start-up).
        Tomcat.addServlet(context, "spring", new DispatcherServlet(spring)).setLoadOnStartup(1);
        context.addServletMappingDecoded("/", "spring");
        Tomcat.addServlet(context, "error", new ErrorPageServlet());
        context.addServletMappingDecoded(ERROR_PAGE, "error");
        context.addErrorPage(errorPage(404));
        context.addErrorPage(errorPage(500));
        tomcat.start();
        System.out.println("listening " + tomcat.getConnector().getLocalPort());
        System.out.flush();
        tomcat.getServer().await();
    }

    private static ErrorPage errorPage(int status) {
        ErrorPage page = new ErrorPage();
        page.setErrorCode(status);
        page.setLocation(ERROR_PAGE);
        return page;
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
        public String visits(@PathVariable("id") String id) {
            return id + " "
                    + CompletableFuture.supplyAsync(
                                    () -> TwoRouteService.compute(
                                            TwoRouteService.LIGHT_ITERATIONS * TwoRouteService.HEAVY_FACTOR),
                                    BACKEND)
                            .join();
        }

        @GetMapping("/boom")
        public String boom() {
            throw new IllegalStateException("broken on purpose");
        }
    }

    /** The error page, reached by Tomcat's ERROR dispatch after the request's own dispatch ended. */
    private static final class ErrorPageServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.getWriter().write("error page");
        }
    }
}
