package dev.sci4j.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class InStepTest {
    private static final Duration LONG = Duration.ofMinutes(10);
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @Test
    void runsThatAllArriveGoOnTogetherPhaseAfterPhase() throws Exception {
        InStep phase = new InStep(2, LONG);
        Callable<String> run = () -> {
            phase.await();
            phase.await();
            return "done";
        };

        List<String> results = assertTimeoutPreemptively(QUICKLY, () -> phase.runTogether(List.of(run, run)));

        assertThat(results).containsExactly("done", "done");
    }

    @Test
    void aRunThatFailsBeforeTheBarrierReleasesItsWaitingPartnerAtOnceAndItsFailureIsReported() {
        InStep phase = new InStep(2, LONG);
        CountDownLatch partnerWaiting = new CountDownLatch(1);
        Callable<String> partner = () -> {
            partnerWaiting.countDown();
            phase.await();
            return "partner";
        };
        Callable<String> failing = () -> {
            partnerWaiting.await();
            Thread.sleep(100); // the partner is inside await by now
            throw new IOException("the shop did not start");
        };

        assertTimeoutPreemptively(
                QUICKLY,
                () -> assertThatThrownBy(() -> phase.runTogether(List.of(partner, failing)))
                        .isInstanceOf(IOException.class)
                        .hasMessage("the shop did not start")
                        .satisfies(e -> assertThat(e.getSuppressed())
                                .singleElement()
                                .isInstanceOf(InStep.PartnerFailedException.class)));
    }

    @Test
    void aPartnerArrivingAfterTheFailureIsReleasedToo() {
        InStep phase = new InStep(2, LONG);
        CountDownLatch failed = new CountDownLatch(1);
        Callable<String> late = () -> {
            failed.await();
            phase.await();
            return "late";
        };
        Callable<String> failing = () -> {
            try {
                throw new IllegalStateException("no port");
            } finally {
                failed.countDown();
            }
        };

        assertTimeoutPreemptively(
                QUICKLY,
                () -> assertThatThrownBy(() -> phase.runTogether(List.of(late, failing)))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage("no port"));
    }

    @Test
    void aPartnerThatNeverArrivesIsATimeout() {
        InStep phase = new InStep(2, Duration.ofMillis(200));

        assertTimeoutPreemptively(
                QUICKLY, () -> assertThatThrownBy(phase::await).isInstanceOf(TimeoutException.class));
    }
}
