package dev.sci4j.agent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The route read from a Jersey routing context, through fakes with Jersey's public method names. */
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
