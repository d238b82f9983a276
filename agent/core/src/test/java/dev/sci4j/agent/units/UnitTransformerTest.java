package dev.sci4j.agent.units;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.agent.config.ConfigException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;

class UnitTransformerTest {
    private final List<String> log = new ArrayList<>();
    private final TransformMessages messages = TransformMessages.bounded();

    private UnitTransformer transformer(ClassLoader agentLoader) throws ConfigException {
        return new UnitTransformer(UnitDeclarations.parse(null, null, true), agentLoader, null, null, messages, null);
    }

    @Test
    void rewritesAnEntryPointAndLeavesOtherClassesAlone() throws Exception {
        UnitTransformer t = transformer(null);
        ClassLoader app = getClass().getClassLoader();

        assertThat(t.transform(
                        null,
                        app,
                        "dev/sci4j/agent/units/EntryPointRewriterTest$Handler",
                        null,
                        null,
                        EntryPointRewriterTest.classFile(EntryPointRewriterTest.Handler.class)))
                .isNotNull();
        assertThat(t.transform(
                        null,
                        app,
                        "dev/sci4j/agent/units/EntryPointRewriterTest$Line",
                        null,
                        null,
                        EntryPointRewriterTest.classFile(EntryPointRewriterTest.Line.class)))
                .isNull();
    }

    @Test
    void neverTouchesTheAgentsOwnLoaderOrJdkInternals() throws Exception {
        ClassLoader agent = new ClassLoader(null) {};
        byte[] handler = EntryPointRewriterTest.classFile(EntryPointRewriterTest.Handler.class);

        assertThat(transformer(agent).transform(null, agent, "com/shop/Handler", null, null, handler))
                .isNull();
        assertThat(UnitTransformer.ignored("dev/sci4j/agent/bootstrap/Hooks")).isTrue();
        assertThat(UnitTransformer.ignored("dev/sci4j/agent/Sci4jAgent")).isTrue();
        assertThat(UnitTransformer.ignored("sun/net/httpserver/ServerImpl")).isTrue();
        assertThat(UnitTransformer.ignored("java/util/HashMap")).isTrue();
        assertThat(UnitTransformer.ignored("java/util/concurrent/ThreadPoolExecutor"))
                .isFalse();
        assertThat(UnitTransformer.ignored("com/sun/net/httpserver/Filter$Chain"))
                .isFalse();
        assertThat(UnitTransformer.ignored("javax/servlet/http/HttpServlet")).isFalse();
        assertThat(UnitTransformer.ignored("dev/sci4j/agent/units/Whatever")).isFalse(); // the core has its own loader
    }

    @Test
    void aClassItCannotParseRunsUnchangedWithOneQueuedLineAtMost10() throws Exception {
        UnitTransformer t = transformer(null);
        byte[] broken =
                "\u00ca\u00fe garbage Ldev/sci4j/api/FunctionalUnit; garbage".getBytes(StandardCharsets.ISO_8859_1);

        for (int i = 0; i < 12; i++) {
            assertThat(t.transform(null, null, "com/shop/Broken" + i, null, null, broken))
                    .isNull();
        }
        assertThat(log).isEmpty(); // nothing is printed while transforming
        messages.drainTo(log::add);

        assertThat(log).hasSize(10);
        assertThat(log.get(0))
                .startsWith("cannot instrument com.shop.Broken0 for functional units (")
                .endsWith("); it runs uninstrumented");
    }

    @Test
    void loadedExecutorsAreRetransformedOnlyWhenTheyDeclareAHandOver() throws ConfigException {
        UnitDeclarations none = UnitDeclarations.parse(null, null, false);

        assertThat(UnitInstrumentation.isCandidate(ThreadPoolExecutor.class, new EntryPoints(none)))
                .isTrue();
        assertThat(UnitInstrumentation.isCandidate(ForkJoinPool.class, new EntryPoints(none)))
                .isTrue();
        assertThat(UnitInstrumentation.isCandidate(AbstractExecutorService.class, new EntryPoints(none)))
                .isFalse();
        assertThat(UnitInstrumentation.isCandidate(java.util.HashMap.class, new EntryPoints(none)))
                .isFalse();
    }

    @Test
    void loadedHttpEntryPointsAndAnnotatedClassesAreCandidates() throws ConfigException {
        UnitDeclarations http = UnitDeclarations.parse(null, null, true);

        assertThat(UnitInstrumentation.isCandidate(EntryPointRewriterTest.Handler.class, new EntryPoints(http)))
                .isTrue();
        assertThat(UnitInstrumentation.isCandidate(EntryPointRewriterTest.JakartaServlet.class, new EntryPoints(http)))
                .isTrue();
        assertThat(UnitInstrumentation.isCandidate(EntryPointRewriterTest.Annotated.class, new EntryPoints(http)))
                .isTrue();
        assertThat(UnitInstrumentation.isCandidate(EntryPointRewriterTest.Line.class, new EntryPoints(http)))
                .isFalse();
    }
}
