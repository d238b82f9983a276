package dev.sci4j.agent.attribution;

import dev.sci4j.agent.energy.Components;
import java.util.List;

/**
 * Which of a source's components the attribution splits as CPU-side energy and which as memory, so that
 * overlapping components are not counted twice: with RAPL, {@code package} is CPU-side and {@code dram} memory,
 * and {@code psys} (which contains both) is only recorded — unless there is no package zone, then {@code psys}
 * is the CPU-side figure and {@code dram} is only recorded. {@code cpu} and {@code total} are CPU-side,
 * {@code memory} is memory. Immutable and thread-safe.
 */
public final class ComponentRoles {
    private final boolean[] cpuSide;
    private final boolean[] memory;

    public ComponentRoles(List<String> components) {
        boolean hasPackage = components.contains(Components.PACKAGE);
        cpuSide = new boolean[components.size()];
        memory = new boolean[components.size()];
        for (int i = 0; i < components.size(); i++) {
            String c = components.get(i);
            if (c.equals(Components.PACKAGE)
                    || c.equals(Components.CPU)
                    || c.equals(Components.TOTAL)
                    || (c.equals(Components.PSYS) && !hasPackage)) {
                cpuSide[i] = true;
            } else if (c.equals(Components.MEMORY) || (c.equals(Components.DRAM) && hasPackage)) {
                memory[i] = true;
            }
        }
    }

    /** Sum of the CPU-side components of {@code joules}. */
    public double cpuSide(double[] joules) {
        return sum(joules, cpuSide);
    }

    /** Sum of the memory components of {@code joules}. */
    public double memory(double[] joules) {
        return sum(joules, memory);
    }

    private static double sum(double[] joules, boolean[] mask) {
        double s = 0;
        for (int i = 0; i < mask.length; i++) {
            if (mask[i]) {
                s += joules[i];
            }
        }
        return s;
    }
}
