package dev.sci4j.agent.sampler;

import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.Attribution;
import dev.sci4j.measurement.EnergySourceInfo;
import dev.sci4j.measurement.EnergySourceKind;
import dev.sci4j.measurement.IdlePolicy;
import dev.sci4j.measurement.RunMetadata;
import java.time.Instant;
import java.util.Map;

/** A minimal valid run, for tests of the sampler and the exporters. */
public final class TestRuns {
    private TestRuns() {}

    public static RunMetadata run() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        return RunMetadata.builder()
                .runId("r")
                .startedAt(t)
                .endedAt(t)
                .logicalCores(4)
                .agentVersion("test")
                .energySource(new EnergySourceInfo(EnergySourceKind.RAPL, "", AccuracyClass.A))
                .attribution(Attribution.activeSplit(IdlePolicy.NONE, 0))
                .configuration(Map.of())
                .build();
    }
}
