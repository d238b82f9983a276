package dev.sci4j.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InstantTextTest {
    @Test
    void writesWhatInstantToStringWrites() {
        SplittableRandom random = new SplittableRandom(21031);
        long year10000 = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();
        long year0 = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        int[] nanos = {0, 1, 1_000, 1_000_000, 100_000_000, 123_456_789, 120_000_000, 999_999_999, 5_000};
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(year0 - 100_000, year10000 + 100_000);
            int nano = i % 2 == 0 ? nanos[i % nanos.length] : random.nextInt(1_000_000_000);
            Instant t = Instant.ofEpochSecond(seconds, nano);
            assertThat(InstantText.of(t)).as("%s", t).isEqualTo(t.toString());
        }
        for (Instant t :
                new Instant[] {Instant.EPOCH, Instant.MIN, Instant.MAX, Instant.parse("2026-12-04T21:00:00Z")}) {
            assertThat(InstantText.of(t)).isEqualTo(t.toString());
        }
    }
}
