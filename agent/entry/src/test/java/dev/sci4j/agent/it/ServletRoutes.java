package dev.sci4j.agent.it;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The service that {@link ServletStacksIT} runs on each servlet container: a light servlet at an exact mapping,
 * an 8× heavier one at a prefix mapping, Spring MVC's {@code DispatcherServlet} as the default servlet (a
 * {@code @RestController} at {@code /owners/{id}}; it answers 404 for the rest), one that fails (500), the error
 * page (the container sends 404 and 500 there), a servlet that publishes a pattern as Spring MVC does and
 * forwards, and an async servlet completed on another thread. The app sends itself {@link #REQUESTS} requests per
 * route, with distinct URLs, then scrapes the agent's Prometheus endpoint if asked to.
 */
final class ServletRoutes {
    static final int REQUESTS = 6;
    static final String SPRING_PATTERN = "org.springframework.web.servlet.HandlerMapping.bestMatchingPattern";
    static final String ERROR_PAGE = "/error";

    private ServletRoutes() {}

    /** The servlets by mapping pattern; each may go async. */
    static Map<String, HttpServlet> mappings() {
        Map<String, HttpServlet> m = new LinkedHashMap<>();
        m.put("/light", new Burn(2));
        m.put("/orders/*", new Burn(16));
        m.put("/", springMvc()); // the default servlet, as in Spring Boot: it answers 404s too
        m.put("/boom", new Failing());
        m.put(ERROR_PAGE, new ErrorPageServlet());
        m.put("/api/*", new SpringLike());
        m.put("/async", new Async());
        return m;
    }

    /** The requests of every route ({@link RouteClient}); kept here so the apps name one service. */
    static void sendRequests(int port, String[] args) throws IOException, InterruptedException {
        RouteClient.sendRequests(port, args);
    }

    static void burn(long millis) {
        RouteClient.burn(millis);
    }

    private static final class Burn extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final long millis;

        Burn(long millis) {
            this.millis = millis;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            burn(millis);
            resp.getWriter().write("ok");
        }
    }

    /** A Spring MVC {@code DispatcherServlet} (no Boot) with {@link Owners}; no handler → 404. */
    private static DispatcherServlet springMvc() {
        AnnotationConfigWebApplicationContext spring = new AnnotationConfigWebApplicationContext();
        spring.register(Owners.class);
        return new DispatcherServlet(spring);
    }

    /** A Spring MVC controller: its route is the pattern, whatever the id in the URL. */
    @RestController
    public static class Owners {
        @GetMapping("/owners/{id}")
        public String owner(@PathVariable("id") String id) {
            burn(2);
            return "owner " + id;
        }
    }

    private static final class Failing extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
            throw new IllegalStateException("broken on purpose");
        }
    }

    /** The error page: reached by Tomcat's ERROR dispatch, after the request's own dispatch ended. */
    private static final class ErrorPageServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            burn(1);
            resp.getWriter().write("error page");
        }
    }

    /** Publishes a matched pattern as Spring MVC's {@code DispatcherServlet} does, then forwards (not counted). */
    private static final class SpringLike extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
            req.setAttribute(SPRING_PATTERN, "/pets/{name}");
            burn(2);
            req.getRequestDispatcher(ERROR_PAGE).forward(req, resp); // a FORWARD dispatch: part of this unit
        }
    }

    /** Starts async; another (plain) thread burns CPU and completes the request. */
    private static final class Async extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
            AsyncContext async = req.startAsync();
            new Thread(() -> {
                        burn(2);
                        try {
                            async.getResponse().getWriter().write("later");
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                        async.complete();
                    })
                    .start();
        }
    }
}
