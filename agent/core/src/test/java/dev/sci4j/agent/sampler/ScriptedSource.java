package dev.sci4j.agent.sampler;

import dev.sci4j.agent.energy.EnergyReadException;
import dev.sci4j.agent.energy.EnergySource;
import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.EnergySourceInfo;
import dev.sci4j.measurement.EnergySourceKind;
import java.util.List;

/** An energy source whose cumulative joules and failures the test sets. */
final class ScriptedSource implements EnergySource {
    final List<String> components;
    final EnergySourceInfo info;
    double[] cumulative;
    EnergyReadException failure;

    ScriptedSource(EnergySourceKind kind, List<String> components) {
        this.components = components;
        this.cumulative = new double[components.size()];
        this.info = new EnergySourceInfo(kind, "scripted", AccuracyClass.of(kind));
    }

    @Override
    public List<String> components() {
        return components;
    }

    @Override
    public void readCumulativeJoules(double[] out) throws EnergyReadException {
        if (failure != null) {
            throw failure;
        }
        System.arraycopy(cumulative, 0, out, 0, cumulative.length);
    }

    @Override
    public EnergySourceInfo info() {
        return info;
    }
}
