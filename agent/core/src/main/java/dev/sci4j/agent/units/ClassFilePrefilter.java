package dev.sci4j.agent.units;

/**
 * A cheap look at a class's name and bytes before ASM parses it: the transformer sees every class the application
 * loads, and most can be ruled out from their class file alone, because each transformation only changes
 * methods the class itself declares, and such a method's descriptor or annotation is a constant of the class
 * file ({@link EntryPoints#mayDeclare}, which holds the rules). Anything that passes is parsed and matched exactly
 * ({@link EntryPointRewriter}); anything else is not transformed, exactly as the rewriter would have decided, only
 * sooner. Immutable and thread-safe.
 */
final class ClassFilePrefilter {
    private final EntryPoints entryPoints;

    ClassFilePrefilter(EntryPoints entryPoints) {
        this.entryPoints = entryPoints;
    }

    /** False only when no transformation of {@link UnitInstrumentation} can change this class. */
    boolean mayTransform(String internalName, byte[] classFile) {
        return entryPoints.mayDeclare(internalName, classFile);
    }

    /** Plain search: markers are descriptors, and {@code (} and {@code L} are rare enough in a class file. */
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
