package dev.sci4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.UnitSample;
import dev.sci4j.profile.FunctionalUnitRequirement;
import dev.sci4j.profile.LocalizedText;
import dev.sci4j.profile.Profiles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R as a profile defines it: which units count (also nested ones) and how many make one functional unit. */
class MeasuredFactsUnitsTest {
    private static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");

    /** 202 completion requests with 23,188 tokens recorded inside them, and 30 health checks. */
    private static Measurement inference() {
        Measurement base = IllustrativeMeasurements.repetition("ai-1", T0, 2, 10, 20, 0, AccuracyClass.C, 0.01, 1);
        List<IntervalSample> samples = new ArrayList<>();
        for (IntervalSample s : base.samples()) {
            UnitSample tokens = new UnitSample(23_188 / 2, 0, 0, 0);
            samples.add(IntervalSample.builder()
                    .window(s.start(), s.end())
                    .machineJoules("package", 60)
                    .machineActiveJoules(40)
                    .machineIdleJoules(20)
                    .machineMemoryJoules(0)
                    .processJoules(IntervalSample.ACTIVE, 20)
                    .processCpuSeconds(8)
                    .hostBusyCpuSeconds(16)
                    .hostTotalCpuSeconds(40)
                    .samplerCpuSeconds(0.1)
                    .unit("http POST /v1/completions", new UnitSample(101, 0, 7, 18, Map.of("tokens", tokens)))
                    .unit("http GET /health", new UnitSample(15, 0, 0.1, 0.2))
                    .build());
        }
        return Measurement.of(base.run(), samples, null, 0);
    }

    private static FunctionalUnitRequirement counting(List<String> counted, Double unitsPer) {
        return new FunctionalUnitRequirement(
                "1k-tokens", new LocalizedText("千詞元", "1k tokens"), counted, List.of(), true, unitsPer);
    }

    private static MeasuredFacts facts(FunctionalUnitRequirement unit) {
        return MeasuredFacts.of(List.of(inference()), List.of("ai-1.json"), 0, unit);
    }

    @Test
    void tokensRecordedInsideRequestsCountPerThousandAndOnlyUnitsWithNothingCountedAreExcluded() {
        MeasuredFacts f = facts(counting(List.of("tokens"), 1000.0));

        assertThat(f.countedUnits()).containsExactly(23.188);
        assertThat(f.excludedUnits()).isEqualTo(Map.of("http GET /health", 30L));
    }

    @Test
    void aUnitThatCountsIsCountedOnceWithWhatIsNestedInIt() {
        MeasuredFacts f = facts(counting(List.of("*"), null));

        assertThat(f.countedUnits()).containsExactly(232.0); // the requests, never their tokens as well
        assertThat(f.excludedUnits()).isEmpty();
    }

    @Test
    void theAiProfileCountsTokensPerThousandAndOthersOneToOne() {
        assertThat(Profiles.load("tw-ai-inference-per-1k-tokens")
                        .functionalUnit()
                        .unitsPer())
                .isEqualTo(1000.0);
        assertThat(Profiles.load("tw-web-service-per-request").functionalUnit().unitsPer())
                .isEqualTo(1.0);
    }
}
