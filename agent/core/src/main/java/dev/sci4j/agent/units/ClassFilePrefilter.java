package dev.sci4j.agent.units;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A cheap look at a class's name and bytes before ASM parses it: the transformer sees every class the application
 * loads, and most can be ruled out from their class file alone, because each transformation only changes
 * methods the class itself declares, and such a method's descriptor or annotation names a known type:
 * <ul>
 *   <li>{@code @FunctionalUnit}: the annotation's descriptor {@code Ldev/sci4j/api/FunctionalUnit;};</li>
 *   <li>{@code HttpHandler.handle}: {@code Lcom/sun/net/httpserver/HttpExchange;} in its descriptor;</li>
 *   <li>{@code Servlet.service}: {@code Ljavax/servlet/ServletRequest;} or the {@code jakarta} one;</li>
 *   <li>executors: a class directly in {@code java.util.concurrent} whose file names {@code (Ljava/lang/Runnable;}
 *       (the start of the {@code execute} and {@code submit} descriptors);</li>
 *   <li>configured methods, the API and {@code Filter$Chain}: by class name.</li>
 * </ul>
 * Anything that passes is parsed and matched exactly ({@link EntryPointRewriter}); anything else is not
 * transformed, exactly as the rewriter would have decided, only sooner. Immutable and thread-safe.
 */
final class ClassFilePrefilter {
    private static final String EXECUTORS = EntryPointRewriter.EXECUTORS;
    private static final String FILTER_CHAIN = EntryPointRewriter.FILTER_CHAIN;
    private static final String API = EntryPointRewriter.API;

    private static final byte[] TASK_PARAMETER = "(Ljava/lang/Runnable;".getBytes(StandardCharsets.US_ASCII);

    private final UnitDeclarations units;
    private final byte[][] markers;

    ClassFilePrefilter(UnitDeclarations units) {
        this.units = units;
        List<String> descriptors = new ArrayList<>();
        descriptors.add(EntryPointRewriter.FUNCTIONAL_UNIT);
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

    /** False only when no transformation of {@link UnitInstrumentation} can change this class. */
    boolean mayTransform(String internalName, byte[] classFile) {
        return isExecutorCandidate(internalName, classFile)
                || internalName.startsWith(API) // FunctionalUnits and FunctionalUnits$Scope
                || units.http() && internalName.equals(FILTER_CHAIN)
                || !units.patterns().isEmpty() && units.anyClass(internalName.replace('/', '.'))
                || containsAny(classFile);
    }

    /** The JDK loads dozens of {@code java.util.concurrent} classes (locks, atomics, maps) that hand over no task. */
    private static boolean isExecutorCandidate(String internalName, byte[] classFile) {
        return internalName.startsWith(EXECUTORS) && internalName.indexOf('/', EXECUTORS.length()) < 0
                && indexOf(classFile, TASK_PARAMETER) >= 0;
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
}
