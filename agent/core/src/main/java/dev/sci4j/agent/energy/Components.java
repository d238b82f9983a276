package dev.sci4j.agent.energy;

/** Component names used by the sources; the attribution decides which are CPU-side and which memory. */
public final class Components {
    /** RAPL package domains, summed over sockets. */
    public static final String PACKAGE = "package";
    /** RAPL DRAM domains, summed over sockets. */
    public static final String DRAM = "dram";
    /** RAPL platform (psys): overlaps package and DRAM. */
    public static final String PSYS = "psys";
    /** Modelled CPU power. */
    public static final String CPU = "cpu";
    /** Modelled memory power. */
    public static final String MEMORY = "memory";
    /** The whole machine as one figure (host file, constant). */
    public static final String TOTAL = "total";

    private Components() {}
}
