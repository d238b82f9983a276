package dev.sci4j.agent.energy;

import dev.sci4j.agent.clock.Clock;
import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.EnergySourceInfo;
import dev.sci4j.measurement.EnergySourceKind;
import java.util.List;

/** A fixed power draw for the whole machine, the last resort. Component: {@code total}. Not thread-safe. */
public final class ConstantEnergySource implements EnergySource {
    private final double watts;
    private final Clock clock;
    private final long startNanos;
    private final EnergySourceInfo info;

    public ConstantEnergySource(double watts, Clock clock) {
        this.watts = watts;
        this.clock = clock;
        this.startNanos = clock.nanoTime();
        this.info = new EnergySourceInfo(
                EnergySourceKind.CONSTANT,
                "constant " + Decimals.fixed(watts, 3) + " W for the whole machine",
                AccuracyClass.D);
    }

    @Override
    public List<String> components() {
        return List.of(Components.TOTAL);
    }

    @Override
    public void readCumulativeJoules(double[] out) {
        out[0] = watts * (clock.nanoTime() - startNanos) / 1e9;
    }

    @Override
    public EnergySourceInfo info() {
        return info;
    }
}
