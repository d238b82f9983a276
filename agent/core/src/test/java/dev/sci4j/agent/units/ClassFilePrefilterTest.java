package dev.sci4j.agent.units;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.sci4j.agent.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClassFilePrefilterTest {
    private static final byte[] NOTHING = {0};

    @Test
    void classesNoTransformationCanChangeAreRuledOut() throws Exception {
        ClassFilePrefilter filter = prefilter(UnitDeclarations.parse(null, null, true));

        assertThat(filter.mayTransform(internalName(Plain.class), classFile(Plain.class)))
                .isFalse();
        assertThat(filter.mayTransform("java/util/HashMap", NOTHING)).isFalse();
    }

    @Test
    void annotatedMethodsPassByTheirAnnotationDescriptor() throws ConfigException {
        ClassFilePrefilter filter = prefilter(UnitDeclarations.parse(null, null, false));
        byte[] annotated =
                "..RuntimeVisibleAnnotations..Ldev/sci4j/api/FunctionalUnit;..".getBytes(StandardCharsets.US_ASCII);

        assertThat(filter.mayTransform("com/shop/Checkout", annotated)).isTrue();
    }

    @Test
    void httpHandlersPassOnlyWhenHttpUnitsAreOn() throws Exception {
        byte[] handler = classFile(Handler.class);

        assertThat(prefilter(UnitDeclarations.parse(null, null, true))
                        .mayTransform(internalName(Handler.class), handler))
                .isTrue();
        assertThat(prefilter(UnitDeclarations.parse(null, null, false))
                        .mayTransform(internalName(Handler.class), handler))
                .isFalse();
        assertThat(prefilter(UnitDeclarations.parse(null, null, true))
                        .mayTransform(
                                "com/sun/net/httpserver/Filter$Chain",
                                classFile(com.sun.net.httpserver.Filter.Chain.class)))
                .isTrue();
    }

    @Test
    void executorsTheApiAndConfiguredClassesPassByNameAndDescriptor() throws Exception {
        ClassFilePrefilter filter = prefilter(UnitDeclarations.parse("order:com.shop.Orders#place", null, false));

        assertThat(filter.mayTransform(
                        "java/util/concurrent/ThreadPoolExecutor",
                        classFile(java.util.concurrent.ThreadPoolExecutor.class)))
                .isTrue();
        assertThat(filter.mayTransform(
                        "java/util/concurrent/ConcurrentHashMap",
                        classFile(java.util.concurrent.ConcurrentHashMap.class)))
                .isFalse(); // no task hand-over
        assertThat(filter.mayTransform(
                        "java/util/concurrent/locks/ReentrantLock",
                        classFile(java.util.concurrent.locks.ReentrantLock.class)))
                .isFalse();
        assertThat(filter.mayTransform("dev/sci4j/api/FunctionalUnits", classFile(dev.sci4j.api.FunctionalUnits.class)))
                .isTrue();
        assertThat(filter.mayTransform(
                        "dev/sci4j/api/FunctionalUnits$Scope", classFile(dev.sci4j.api.FunctionalUnits.Scope.class)))
                .isTrue();
        assertThat(filter.mayTransform("com/shop/Orders", NOTHING)).isTrue();
        assertThat(filter.mayTransform("com/shop/Search", NOTHING)).isFalse();
    }

    @Test
    void indexOfFindsAMarkerAnywhere() {
        byte[] marker = "Lab;".getBytes(StandardCharsets.US_ASCII);

        assertThat(ClassFilePrefilter.indexOf("Lab;".getBytes(StandardCharsets.US_ASCII), marker))
                .isZero();
        assertThat(ClassFilePrefilter.indexOf("xxLaLab;".getBytes(StandardCharsets.US_ASCII), marker))
                .isEqualTo(4);
        assertThat(ClassFilePrefilter.indexOf("xxLab".getBytes(StandardCharsets.US_ASCII), marker))
                .isNegative();
        assertThat(ClassFilePrefilter.indexOf(new byte[0], marker)).isNegative();
    }

    private static ClassFilePrefilter prefilter(UnitDeclarations units) {
        return new ClassFilePrefilter(new EntryPoints(units));
    }

    private static String internalName(Class<?> type) {
        return type.getName().replace('.', '/');
    }

    private static byte[] classFile(Class<?> type) throws IOException {
        String resource = type.getName().substring(type.getPackageName().length() + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    static final class Plain {
        int twice(int x) {
            return 2 * x;
        }
    }

    static final class Handler implements HttpHandler {
        @Override
        public void handle(HttpExchange exchange) {
            exchange.close();
        }
    }
}
