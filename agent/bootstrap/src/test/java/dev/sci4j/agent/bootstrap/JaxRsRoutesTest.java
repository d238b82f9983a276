package dev.sci4j.agent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The route read from Jersey's routing context and RESTEasy's invoker, through fakes of the same shape. */
class JaxRsRoutesTest {
    @Test
    void theMatchedTemplatesAreJoinedOutermostFirstWithOneSlashBetween() throws Throwable {
        Object context = new RoutingContext(List.of(new Template("/{id}/"), new Template("owners")));

        assertThat(JaxRsRoutes.route(context)).isEqualTo("/owners/{id}");
    }

    @Test
    void aResourceAtTheRootIsSlashAndNoTemplatesOrAnotherClassGiveNothing() throws Throwable {
        assertThat(JaxRsRoutes.route(new RoutingContext(List.of(new Template("/")))))
                .isEqualTo("/");
        assertThat(JaxRsRoutes.route(new RoutingContext(List.of()))).isNull();
        assertThat(JaxRsRoutes.route(new Object())).isNull();
        assertThat(JaxRsRoutes.route(new RoutingContext(List.of("/not-a-template"))))
                .isNull();
    }

    @Test
    void resteasysInvokerGivesItsResourceMethodsFullTemplate() throws Throwable {
        assertThat(JaxRsRoutes.route(new MethodInvoker(new ResourceMethod("/owners/{id}/"))))
                .isEqualTo("/owners/{id}");
        assertThat(JaxRsRoutes.route(new MethodInvoker(new ResourceMethod("")))).isEqualTo("/");
        assertThat(JaxRsRoutes.route(new MethodInvoker(null))).isNull();
        assertThat(JaxRsRoutes.route(new MethodInvoker("not a resource method")))
                .isNull();
    }

    /** RESTEasy's {@code ResourceMethodInvoker}: a protected field, no getter (read from a subclass here). */
    public static class InvokerBase {
        protected final Object method;

        InvokerBase(Object method) {
            this.method = method;
        }
    }

    /** A subclass, as RESTEasy's invoker may be. */
    public static final class MethodInvoker extends InvokerBase {
        MethodInvoker(Object method) {
            super(method);
        }
    }

    /** RESTEasy's {@code DefaultResourceMethod}. */
    public static final class ResourceMethod {
        private final String fullPath;

        ResourceMethod(String fullPath) {
            this.fullPath = fullPath;
        }

        public String getFullpath() {
            return fullPath;
        }
    }

    /** Jersey's {@code UriRoutingContext}: the innermost template first. */
    public static final class RoutingContext {
        private final List<?> templates;

        RoutingContext(List<?> templates) {
            this.templates = templates;
        }

        public List<?> getMatchedTemplates() {
            return templates;
        }
    }

    /** Jersey's {@code UriTemplate}. */
    public static final class Template {
        private final String template;

        Template(String template) {
            this.template = template;
        }

        public String getTemplate() {
            return template;
        }
    }
}
