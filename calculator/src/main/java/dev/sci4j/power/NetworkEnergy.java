package dev.sci4j.power;

import dev.sci4j.rules.power.CcfCoefficients;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Invariants;

/**
 * Energy of moving data over the network in proportion to the volume: energy = GB × kWh per GB. Immutable
 * and thread-safe.
 *
 * @param kwhPerGigabyte energy per GB transferred, kWh/GB
 */
public record NetworkEnergy(double kwhPerGigabyte) {
    /** kWh per GB transferred (CCF, SCI guide); value and source: {@link CcfCoefficients}. */
    public static final double DEFAULT_KWH_PER_GIGABYTE = CcfCoefficients.NETWORK_KWH_PER_GIGABYTE;

    public NetworkEnergy {
        Invariants.nonNegative(kwhPerGigabyte, "network kWh per GB");
    }

    /** The CCF / SCI guide coefficient, {@value #DEFAULT_KWH_PER_GIGABYTE} kWh/GB. */
    public NetworkEnergy() {
        this(DEFAULT_KWH_PER_GIGABYTE);
    }

    /** Same as {@link #NetworkEnergy()}. */
    public static NetworkEnergy ccf() {
        return new NetworkEnergy();
    }

    /** Energy of transferring {@code gigabytes}. */
    public Energy energy(double gigabytes) {
        Invariants.nonNegative(gigabytes, "network data transferred (GB)");
        return Energy.ofKwh(gigabytes * kwhPerGigabyte);
    }
}
