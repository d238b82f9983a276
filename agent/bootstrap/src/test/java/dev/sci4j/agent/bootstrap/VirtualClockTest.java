package dev.sci4j.agent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One virtual thread's clock, driven with made-up carrier readings. */
class VirtualClockTest {
    @Test
    void countsOnlyTheCarriersTimeWhileMountedAcrossARemountOnAnotherCarrier() {
        VirtualClock clock = new VirtualClock(1_000); // mounted on carrier A, whose clock reads 1000
        assertThat(clock.nowNanos(1_005)).isEqualTo(5);
        clock.unmounting(1_010); // 10 on A
        clock.mounted(70_000); // carrier B, which ran other virtual threads meanwhile
        assertThat(clock.nowNanos(70_007)).isEqualTo(17);
        clock.unmounting(70_020); // 20 on B
        clock.mounted(1_500); // back on A, whose clock went on with others' work
        assertThat(clock.nowNanos(1_503)).isEqualTo(33);
    }

    @Test
    void aMountWhoseStartWasUnknownCountsFromItsFirstReading() {
        VirtualClock clock = new VirtualClock(100);
        clock.unmounting(110);
        clock.mounted(-1); // unknown
        assertThat(clock.nowNanos(5_000)).isEqualTo(10);
        assertThat(clock.nowNanos(5_004)).isEqualTo(14);
    }

    @Test
    void unknownOrBackwardReadingsAddNothing() {
        VirtualClock clock = new VirtualClock(100);
        clock.unmounting(-1);
        clock.mounted(200);
        clock.unmounting(150);
        clock.mounted(300);
        assertThat(clock.nowNanos(300)).isZero();
    }

    @Test
    void anIdleClockTimesNoMountUntilItIsReadAgain() {
        VirtualClock clock = new VirtualClock(100);
        assertThat(clock.nowNanos(110)).isEqualTo(10);
        clock.idle();

        assertThat(clock.running()).isFalse();
        long restart = clock.nowNanos(9_000); // readings are only compared within a tree: none spans the idle time
        assertThat(clock.running()).isTrue();
        assertThat(clock.nowNanos(9_005) - restart).isEqualTo(5);
    }
}
