package dev.sci4j.agent.it;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.AsyncContext;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee8.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The {@link ServletRoutes} service on Jetty 12 ee8 ({@code javax.servlet}, Servlet 4) under the agent (run by
 * {@link ServletStacksIT}), with an error page for 404 and 500. Spring MVC 6 is {@code jakarta} only, so here
 * {@code /owners/*} is a servlet that publishes Spring MVC's pattern attribute, and the default servlet answers
 * 404 itself; the other servlets are those of {@link ServletRoutes}, in {@code javax}. {@code args[0]}, if given,
 * is the agent's Prometheus port to scrape.
 */
public final class JettyEe8App {
    private JettyEe8App() {}

    public static void main(String[] args) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        mappings().forEach((pattern, servlet) -> {
            ServletHolder holder = new ServletHolder(servlet);
            holder.setAsyncSupported(true);
            context.addServlet(holder, pattern);
        });
        ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
        errors.addErrorPage(404, ServletRoutes.ERROR_PAGE);
        errors.addErrorPage(500, ServletRoutes.ERROR_PAGE);
        context.setErrorHandler(errors);
        server.setHandler(context.get()); // the ee8 context's core handler
        server.start();
        try {
            RouteClient.sendRequests(connector.getLocalPort(), args);
        } finally {
            server.stop(); // its threads are not daemons: a failure must not leave the JVM running
        }
        System.out.println("done");
    }

    /** The routes of {@link ServletRoutes#mappings()}, by mapping pattern. */
    static Map<String, HttpServlet> mappings() {
        Map<String, HttpServlet> m = new LinkedHashMap<>();
        m.put("/light", new Burn(2));
        m.put("/orders/*", new Burn(16));
        m.put("/", new NotFound());
        m.put("/owners/*", new PublishesPattern("/owners/{id}", false));
        m.put("/boom", new Failing());
        m.put(ServletRoutes.ERROR_PAGE, new ErrorPageServlet());
        m.put("/api/*", new PublishesPattern("/pets/{name}", true));
        m.put("/async", new Async());
        return m;
    }

    private static final class Burn extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final long millis;

        Burn(long millis) {
            this.millis = millis;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            RouteClient.burn(millis);
            resp.getWriter().write("ok");
        }
    }

    /** The default servlet, as Spring MVC's is where no handler matches: 404. */
    private static final class NotFound extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.sendError(404);
        }
    }

    /** Publishes a matched pattern as Spring MVC's {@code DispatcherServlet} does; then answers or forwards. */
    private static final class PublishesPattern extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final String pattern;
        private final boolean forward;

        PublishesPattern(String pattern, boolean forward) {
            this.pattern = pattern;
            this.forward = forward;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
            req.setAttribute(ServletRoutes.SPRING_PATTERN, pattern);
            RouteClient.burn(2);
            if (forward) {
                req.getRequestDispatcher(ServletRoutes.ERROR_PAGE).forward(req, resp); // part of this unit
            } else {
                resp.getWriter().write("ok");
            }
        }
    }

    private static final class Failing extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
            throw new IllegalStateException("broken on purpose");
        }
    }

    private static final class ErrorPageServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            RouteClient.burn(1);
            resp.getWriter().write("error page");
        }
    }

    /** Starts async; another (plain) thread burns CPU and completes the request. */
    private static final class Async extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
            AsyncContext async = req.startAsync();
            new Thread(() -> {
                        RouteClient.burn(2);
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
