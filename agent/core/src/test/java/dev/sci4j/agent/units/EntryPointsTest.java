package dev.sci4j.agent.units;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.agent.config.ConfigException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/** The prefilter, the planner and the attach-time candidate check give the same answer, from one rule set. */
class EntryPointsTest {
    private static final List<Class<?>> SUBJECTS = List.of(
            EntryPointRewriterTest.Annotated.class,
            EntryPointRewriterTest.Configured.class,
            EntryPointRewriterTest.Line.class,
            EntryPointRewriterTest.Handler.class,
            EntryPointRewriterTest.JavaxServlet.class,
            EntryPointRewriterTest.JakartaServlet.class,
            dev.sci4j.api.FunctionalUnits.class,
            dev.sci4j.api.FunctionalUnits.Scope.class,
            ThreadPoolExecutor.class,
            ForkJoinPool.class,
            ConcurrentHashMap.class,
            ReentrantLock.class,
            com.sun.net.httpserver.HttpHandler.class,
            String.class);

    @Test
    void theThreeQuestionsAgreeOnEverySubjectWithHttpOnAndOff() throws ConfigException {
        for (boolean http : new boolean[] {true, false}) {
            String configured =
                    "rules-place:" + EntryPointRewriterTest.Configured.class.getName() + "#place(java.lang.String)";
            EntryPoints rules = new EntryPoints(UnitDeclarations.parse(configured, null, http));
            EntryPointRewriter planner = new EntryPointRewriter(rules, TransformMessages.bounded());
            for (Class<?> c : SUBJECTS) {
                byte[] classFile = EntryPointRewriterTest.classFile(c);
                String internalName = c.getName().replace('.', '/');
                boolean planned = !planner.plans(classFile).isEmpty();

                assertThat(rules.declaresEntryPoint(c))
                        .as("candidate %s, http %s", c, http)
                        .isEqualTo(planned);
                if (planned) {
                    assertThat(rules.mayDeclare(internalName, classFile))
                            .as("prefilter %s, http %s", c, http)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void jerseysMatchedResourceMethodNamesTheRouteOnlyWithHttpUnits() throws ConfigException {
        String jersey = "org/glassfish/jersey/server/internal/routing/UriRoutingContext";
        String descriptor = "(Lorg/glassfish/jersey/server/model/ResourceMethod;)V";
        EntryPoints on = new EntryPoints(UnitDeclarations.parse(null, null, true));
        EntryPoints off = new EntryPoints(UnitDeclarations.parse(null, null, false));

        assertThat(on.plan(jersey, 1, 1, "setMatchedResourceMethod", descriptor, null, false).hook)
                .isEqualTo(EntryPointRewriter.Hook.JAX_RS_ROUTE);
        assertThat(on.plan("a/Other", 1, 1, "setMatchedResourceMethod", descriptor, null, false))
                .isNull();
        assertThat(off.plan(jersey, 1, 1, "setMatchedResourceMethod", descriptor, null, false))
                .isNull();
    }

    @Test
    void httpEntryPointsExistOnlyWithHttpUnitsAndTheRestAlways() throws ConfigException {
        EntryPoints on = new EntryPoints(UnitDeclarations.parse(null, null, true));
        EntryPoints off = new EntryPoints(UnitDeclarations.parse(null, null, false));

        assertThat(on.declaresEntryPoint(EntryPointRewriterTest.Handler.class)).isTrue();
        assertThat(off.declaresEntryPoint(EntryPointRewriterTest.Handler.class)).isFalse();
        assertThat(off.declaresEntryPoint(EntryPointRewriterTest.Annotated.class))
                .isTrue();
        assertThat(off.declaresEntryPoint(ThreadPoolExecutor.class)).isTrue();
        assertThat(off.declaresEntryPoint(ConcurrentHashMap.class)).isFalse();
    }
}
