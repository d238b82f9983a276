package dev.sci4j.measurement;

/**
 * How far an energy figure can be trusted, as a declared relative uncertainty (one side, e.g. 0.05 = ±5 %).
 * The classes are deliberately coarse: they say what kind of evidence stands behind a number, not a
 * statistically derived error bar.
 *
 * <ul>
 *   <li>{@link #A} — measured by RAPL counters: ±5 % of what RAPL covers. RAPL covers the CPU package(s) and
 *       DRAM (and psys where present), not the whole platform: fans, disks, NICs and power-supply losses are
 *       outside it, so the figure is a well-measured <em>part</em> of the machine's draw.</li>
 *   <li>{@link #B} — provided by the host or hypervisor (a metered or host-measured figure handed to the VM):
 *       ±10 %, because the host's own method and its split between VMs are outside our view.</li>
 *   <li>{@link #C} — a utilisation model (TDP curve or per-vCPU min/max watts plus memory W/GB): ±30 %.
 *       Kepler's own evaluation found power models that score R² ≈ 0.96 on stress tests fall to R² ≈ 0.30 on
 *       live workloads, with a +3 to +15 W idle bias; a model tracks load shape, not absolute watts.</li>
 *   <li>{@link #D} — a constant: ±50 %, it says nothing about load and is only a placeholder.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public enum AccuracyClass {
    A(0.05, "RAPL measured (package and DRAM, not the whole platform)"),
    B(0.10, "host-provided"),
    C(0.30, "utilisation model"),
    D(0.50, "constant");

    private final double relativeUncertainty;
    private final String description;

    AccuracyClass(double relativeUncertainty, String description) {
        this.relativeUncertainty = relativeUncertainty;
        this.description = description;
    }

    /** Declared relative uncertainty as a fraction (0.05 means ±5 %). Dimensionless. */
    public double relativeUncertainty() {
        return relativeUncertainty;
    }

    /** A short human-readable description for reports. */
    public String description() {
        return description;
    }

    /** The class that goes with a kind of energy source. */
    public static AccuracyClass of(EnergySourceKind kind) {
        switch (Check.notNull(kind, "kind")) {
            case RAPL:
                return A;
            case HOST_FILE:
                return B;
            case MODEL:
                return C;
            default:
                return D;
        }
    }
}
