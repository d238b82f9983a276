package dev.sci4j.agent.units;

import java.lang.instrument.IllegalClassFormatException;
import java.nio.charset.StandardCharsets;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;

/**
 * A cheap look at a class's name and bytes before Byte Buddy describes it. Without it, every class the
 * application loads is parsed into a type description so that the matchers can look for annotated methods and
 * super types; most classes can be ruled out from their class file alone, because each transformation only
 * changes methods the class itself declares, and such a method's descriptor or annotation names a known type:
 * <ul>
 *   <li>{@code @FunctionalUnit}: the annotation's descriptor {@code Ldev/sci4j/api/FunctionalUnit;};</li>
 *   <li>{@code HttpHandler.handle}: {@code Lcom/sun/net/httpserver/HttpExchange;} in its descriptor;</li>
 *   <li>{@code Servlet.service}: {@code Ljavax/servlet/ServletRequest;} or the {@code jakarta} one;</li>
 *   <li>configured methods, the API, the executors and {@code Filter$Chain}: by class name.</li>
 * </ul>
 * Anything that passes goes to Byte Buddy's own matchers, unchanged; anything else is not transformed, exactly as
 * Byte Buddy would have decided, only sooner. Classes without a name (hidden classes) always pass.
 */
final class ClassFilePrefilter implements AgentBuilder.TransformerDecorator {
    private static final String EXECUTORS = "java/util/concurrent/";
    private static final String FILTER_CHAIN = "com/sun/net/httpserver/Filter$Chain";
    private static final String API = UnitInstrumentation.API.replace('.', '/');

    private final UnitDeclarations units;
    private final byte[][] markers;

    ClassFilePrefilter(UnitDeclarations units) {
        this.units = units;
        List<String> descriptors = new ArrayList<>();
        descriptors.add("L" + UnitInstrumentation.FUNCTIONAL_UNIT.replace('.', '/') + ";");
        if (units.http()) {
            descriptors.add("Lcom/sun/net/httpserver/HttpExchange;");
            descriptors.add("Ljavax/servlet/ServletRequest;");
            descriptors.add("Ljakarta/servlet/ServletRequest;");
        }
        markers = new byte[descriptors.size()][];
        for (int i = 0; i < markers.length; i++) {
            markers[i] = descriptors.get(i).getBytes(StandardCharsets.US_ASCII); // class files: modified UTF-8
        }
    }

    @Override
    public ResettableClassFileTransformer decorate(ResettableClassFileTransformer transformer) {
        return new Filtering(transformer, this);
    }

    /** False only when no transformation of {@link UnitInstrumentation} can change this class. */
    boolean mayTransform(String internalName, byte[] classFile) {
        if (internalName == null || classFile == null) {
            return true;
        }
        return internalName.startsWith(EXECUTORS)
                || internalName.startsWith(API) // FunctionalUnits and FunctionalUnits$Scope
                || units.http() && internalName.equals(FILTER_CHAIN)
                || !units.patterns().isEmpty() && units.anyClass(internalName.replace('/', '.'))
                || containsAny(classFile);
    }

    private boolean containsAny(byte[] classFile) {
        for (byte[] marker : markers) {
            if (indexOf(classFile, marker) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Plain search: markers are short and start with {@code L}, which is rare enough in a class file. */
    static int indexOf(byte[] data, byte[] marker) {
        byte first = marker[0];
        int last = data.length - marker.length;
        for (int i = 0; i <= last; i++) {
            if (data[i] != first) {
                continue;
            }
            int j = 1;
            while (j < marker.length && data[i + j] == marker[j]) {
                j++;
            }
            if (j == marker.length) {
                return i;
            }
        }
        return -1;
    }

    /** Byte Buddy's transformer behind the prefilter; the module-aware variant keeps the module (read edges). */
    private static final class Filtering extends ResettableClassFileTransformer.WithDelegation {
        private final ClassFilePrefilter prefilter;

        Filtering(ResettableClassFileTransformer transformer, ClassFilePrefilter prefilter) {
            super(transformer);
            this.prefilter = prefilter;
        }

        @Override
        public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
                                ProtectionDomain domain, byte[] classFile) throws IllegalClassFormatException {
            return prefilter.mayTransform(className, classFile)
                    ? classFileTransformer.transform(loader, className, classBeingRedefined, domain, classFile)
                    : null;
        }

        @Override
        public byte[] transform(Module module, ClassLoader loader, String className, Class<?> classBeingRedefined,
                                ProtectionDomain domain, byte[] classFile) throws IllegalClassFormatException {
            return prefilter.mayTransform(className, classFile)
                    ? classFileTransformer.transform(module, loader, className, classBeingRedefined, domain, classFile)
                    : null;
        }
    }
}
