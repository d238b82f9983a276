package dev.sci4j.power;

import dev.sci4j.rules.power.CcfCoefficients;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Invariants;
import dev.sci4j.units.Units;
import java.time.Duration;

/**
 * Power of memory (DRAM) in proportion to its size: energy = GB × watts per GB × duration. Immutable and
 * thread-safe.
 *
 * @param wattsPerGigabyte power per GB of memory reserved, W/GB
 */
public record MemoryPower(double wattsPerGigabyte) {
    /** Cloud Carbon Footprint's watts per GB of memory; value and source: {@link CcfCoefficients}. */
    public static final double CCF_WATTS_PER_GIGABYTE = CcfCoefficients.MEMORY_WATTS_PER_GIGABYTE;

    public MemoryPower {
        Invariants.nonNegative(wattsPerGigabyte, "memory watts per GB");
    }

    /** Cloud Carbon Footprint's coefficient, {@value #CCF_WATTS_PER_GIGABYTE} W/GB. */
    public MemoryPower() {
        this(CCF_WATTS_PER_GIGABYTE);
    }

    /** Same as {@link #MemoryPower()}. */
    public static MemoryPower ccf() {
        return new MemoryPower();
    }

    /** Energy of {@code gigabytes} of memory held for {@code duration}. */
    public Energy energy(double gigabytes, Duration duration) {
        Invariants.nonNegative(gigabytes, "memory (GB)");
        Invariants.present(duration, "duration");
        return Energy.ofJoules(gigabytes * wattsPerGigabyte * Units.seconds(duration));
    }
}
