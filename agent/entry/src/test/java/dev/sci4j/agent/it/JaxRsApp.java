package dev.sci4j.agent.it;

import jakarta.servlet.Servlet;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.nio.file.Files;
import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;

/**
 * A JAX-RS service on Jersey 3.1's or RESTEasy 6.2's servlet (the argument: {@code jersey} or {@code resteasy}),
 * mapped at {@code /api/*} on embedded Tomcat 11, under the agent (run by {@link JaxRsIT}): a resource at
 * {@code /vets} and {@code /vets/{id}}, each sent {@link #REQUESTS} requests with distinct ids, and as many
 * requests no resource matches (404). The implementation is loaded by name: the test compiles against the JAX-RS
 * annotations only.
 */
public final class JaxRsApp {
    static final int REQUESTS = 6;

    private JaxRsApp() {}

    public static void main(String[] args) throws Exception {
        boolean jersey = args[0].equals("jersey");
        java.nio.file.Path base = Files.createTempDirectory("sci4j-jaxrs");
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        tomcat.setPort(0);
        tomcat.getConnector(); // the default connector
        Context context = tomcat.addContext("", base.toString());
        Servlet servlet = (Servlet) Class.forName(
                        jersey
                                ? "org.glassfish.jersey.servlet.ServletContainer"
                                : "org.jboss.resteasy.plugins.server.servlet.HttpServletDispatcher")
                .getConstructor()
                .newInstance();
        Wrapper w = Tomcat.addServlet(context, "jaxrs", servlet);
        if (jersey) {
            w.addInitParameter("jersey.config.server.provider.classnames", Vets.class.getName());
        } else {
            w.addInitParameter("resteasy.resources", Vets.class.getName());
            w.addInitParameter("resteasy.servlet.mapping.prefix", "/api");
        }
        w.setLoadOnStartup(1); // it starts with the server, not inside the first request's unit
        context.addServletMappingDecoded("/api/*", "jaxrs");
        tomcat.start();
        try {
            int port = tomcat.getConnector().getLocalPort();
            for (int i = 0; i < REQUESTS; i++) {
                RouteClient.expect(port, "/api/vets?page=" + i, 200);
                RouteClient.expect(port, "/api/vets/" + i, 200);
                RouteClient.expect(port, "/api/nothing/" + i, 404);
            }
        } finally {
            tomcat.stop(); // its threads are not daemons: a failure must not leave the JVM running
            tomcat.destroy();
        }
        System.out.println("done");
    }

    /** A JAX-RS resource: its routes are its {@code @Path} templates, whatever the id in the URL. */
    @Path("/vets")
    public static class Vets {
        @GET
        public String list() {
            RouteClient.burn(2);
            return "vets";
        }

        @GET
        @Path("/{id}")
        public String vet(@PathParam("id") String id) {
            RouteClient.burn(2);
            return "vet " + id;
        }
    }
}
