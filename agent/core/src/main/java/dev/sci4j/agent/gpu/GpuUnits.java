package dev.sci4j.agent.gpu;

import dev.sci4j.measurement.UnitSample;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gives a window's GPU energy to one unit kind ({@code gpu.units}, e.g. {@code tokens}). Where that kind is an
 * outermost unit, it takes it all; where it ran nested (tokens recorded inside HTTP requests), the outermost
 * units that hold it share it by how many units of the kind each holds, and every unit on the way down carries
 * its part (nested joules are "of which", so a parent includes its children's). With no unit of the kind in the
 * window the energy stays unattributed. Stateless.
 */
public final class GpuUnits {
    private GpuUnits() {}

    /**
     * @param units  the window's outermost units, by name; replaced in place
     * @param kind   the unit kind that takes the GPU energy
     * @param joules the process's GPU energy of the window, J
     */
    public static void give(Map<String, UnitSample> units, String kind, double joules) {
        if (joules <= 0) {
            return;
        }
        UnitSample own = units.get(kind);
        if (own != null) {
            units.put(kind, carrying(own, kind, joules));
            return;
        }
        long total = 0;
        for (UnitSample u : units.values()) {
            total += countInside(u, kind);
        }
        if (total == 0) {
            return;
        }
        for (Map.Entry<String, UnitSample> e : units.entrySet()) {
            long inside = countInside(e.getValue(), kind);
            if (inside > 0) {
                e.setValue(carrying(e.getValue(), kind, joules * inside / total));
            }
        }
    }

    /** Units of {@code kind} nested in {@code u}, at any depth. */
    static long countInside(UnitSample u, String kind) {
        long n = 0;
        for (Map.Entry<String, UnitSample> e : u.nested().entrySet()) {
            n += reached(e.getKey(), e.getValue(), kind);
        }
        return n;
    }

    /** {@code u} with {@code joules} more, passed down to the units of {@code kind} inside it by their counts. */
    private static UnitSample carrying(UnitSample u, String kind, double joules) {
        long total = countInside(u, kind);
        Map<String, UnitSample> nested = new LinkedHashMap<>(u.nested());
        if (total > 0) {
            for (Map.Entry<String, UnitSample> e : nested.entrySet()) {
                long part = reached(e.getKey(), e.getValue(), kind);
                if (part > 0) {
                    e.setValue(carrying(e.getValue(), kind, joules * part / total));
                }
            }
        }
        return new UnitSample(u.okCount(), u.failedCount(), u.cpuSeconds(), u.joules() + joules, nested);
    }

    private static long reached(String name, UnitSample u, String kind) {
        return (name.equals(kind) ? u.count() : 0) + countInside(u, kind);
    }
}
