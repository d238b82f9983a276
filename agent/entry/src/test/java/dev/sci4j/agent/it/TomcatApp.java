package dev.sci4j.agent.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.ErrorPage;

/**
 * The {@link ServletRoutes} service on embedded Tomcat 11 under the agent (run by {@link ServletStacksIT}), with an
 * error page for 404 and 500; {@code args[0]}, if given, is the agent's Prometheus port to scrape.
 */
public final class TomcatApp {
    private TomcatApp() {}

    public static void main(String[] args) throws Exception {
        Path base = Files.createTempDirectory("sci4j-tomcat");
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        tomcat.setPort(0);
        tomcat.getConnector(); // the default connector
        Context context = tomcat.addContext("", base.toString());
        ServletRoutes.mappings().forEach((pattern, servlet) -> {
            Wrapper w = Tomcat.addServlet(context, pattern, servlet);
            w.setAsyncSupported(true);
            context.addServletMappingDecoded(pattern, pattern);
        });
        context.addErrorPage(errorPage(404));
        context.addErrorPage(errorPage(500));
        tomcat.start();
        try {
            ServletRoutes.sendRequests(tomcat.getConnector().getLocalPort(), args);
        } finally {
            tomcat.stop(); // its threads are not daemons: a failure must not leave the JVM running
            tomcat.destroy();
        }
        System.out.println("done");
    }

    private static ErrorPage errorPage(int status) {
        ErrorPage page = new ErrorPage();
        page.setErrorCode(status);
        page.setLocation(ServletRoutes.ERROR_PAGE);
        return page;
    }
}
