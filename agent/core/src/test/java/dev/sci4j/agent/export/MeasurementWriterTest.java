package dev.sci4j.agent.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.agent.sampler.SampleStore;
import dev.sci4j.agent.sampler.TestRuns;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.MeasurementJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasurementWriterTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private final SampleStore store = new SampleStore(10);
    private final List<String> log = new CopyOnWriteArrayList<>();

    @Test
    void beforeTheFirstWriteItSaysThatNoFileExists() {
        MeasurementWriter writer = writer(dir.resolve("m.json"));

        assertThat(dir.resolve("m.json")).doesNotExist();
        assertThat(writer.onDisk())
                .isEqualTo("no measurement file was written: " + dir.resolve("m.json") + " does not exist");
    }

    @Test
    void aFileLeftByAnEarlierRunIsNotPassedOffAsThisRuns() throws Exception {
        Files.writeString(dir.resolve("m.json"), "{}");

        assertThat(writer(dir.resolve("m.json")).onDisk()).startsWith("this run wrote no measurement; ");
    }

    @Test
    void afterAWriteItSaysHowManySamplesTheFileHoldsAndUpToWhen() throws Exception {
        MeasurementWriter writer = writer(dir.resolve("m.json"));
        store.add(sample(0));
        store.add(sample(1));

        assertThat(writer.write()).isTrue();
        store.add(sample(2)); // not on disk yet

        assertThat(MeasurementJson.read(dir.resolve("m.json")).samples()).hasSize(2);
        assertThat(writer.onDisk())
                .isEqualTo(dir.resolve("m.json") + " holds the last periodic write: 2 samples, up to "
                        + T0.plusSeconds(2));
    }

    private MeasurementWriter writer(Path file) {
        return new MeasurementWriter(file, store, TestRuns::run, log::add);
    }

    private static IntervalSample sample(int second) {
        return IntervalSample.builder()
                .window(T0.plusSeconds(second), T0.plusSeconds(second + 1))
                .build();
    }
}
