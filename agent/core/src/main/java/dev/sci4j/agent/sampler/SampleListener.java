package dev.sci4j.agent.sampler;

import dev.sci4j.measurement.EnergySourceInfo;
import dev.sci4j.measurement.IntervalSample;

/** Told about every interval on the sampler thread (e.g. to update Prometheus counters). Must be quick. */
public interface SampleListener {
    void onSample(IntervalSample sample, EnergySourceInfo source);

    /** A reading failed; {@code skipped} when the interval's energy is lost. */
    void onError(boolean skipped);

    SampleListener NONE = new SampleListener() {
        @Override
        public void onSample(IntervalSample sample, EnergySourceInfo source) {}

        @Override
        public void onError(boolean skipped) {}
    };
}
