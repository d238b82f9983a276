package dev.sci4j.agent.it;

import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The {@link ServletRoutes} service on Jetty 12 ee10 under the agent (run by {@link ServletStacksIT}), with an
 * error page for 404 and 500; {@code args[0]}, if given, is the agent's Prometheus port to scrape.
 */
public final class JettyApp {
    private JettyApp() {}

    public static void main(String[] args) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        ServletRoutes.mappings().forEach((pattern, servlet) -> {
            ServletHolder holder = new ServletHolder(servlet);
            holder.setAsyncSupported(true);
            context.addServlet(holder, pattern);
        });
        ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
        errors.addErrorPage(404, ServletRoutes.ERROR_PAGE);
        errors.addErrorPage(500, ServletRoutes.ERROR_PAGE);
        context.setErrorHandler(errors);
        server.setHandler(context);
        server.start();
        try {
            ServletRoutes.sendRequests(connector.getLocalPort(), args);
        } finally {
            server.stop(); // its threads are not daemons: a failure must not leave the JVM running
        }
        System.out.println("done");
    }
}
