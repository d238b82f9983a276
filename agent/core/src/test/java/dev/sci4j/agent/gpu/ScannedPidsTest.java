package dev.sci4j.agent.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code gpu.processes}: the process table is scanned at most every 10 s, not on every sampler window. */
class ScannedPidsTest {
    private long nanos;

    @Test
    void theProcessTableIsReadAgainOnlyAfterTheRescanInterval() {
        ScannedPids pids = new ScannedPids(Set.of(42L), Pattern.compile("no-such-command-line-\\d{9}"), () -> nanos);

        Set<Long> first = pids.current();
        nanos += 9_999_999_999L;
        Set<Long> beforeTheInterval = pids.current();
        nanos += 1;
        Set<Long> after = pids.current();

        assertThat(first).containsExactly(42L);
        assertThat(beforeTheInterval).isSameAs(first); // no scan
        assertThat(after).isNotSameAs(first).isEqualTo(first); // scanned again
    }

    @Test
    void aMatchingProcessIsFound() {
        long self = ProcessHandle.current().pid();
        ScannedPids pids = new ScannedPids(Set.of(42L), Pattern.compile(Pattern.quote("java")), () -> nanos);

        assertThat(pids.current()).contains(42L, self);
    }
}
