package dev.sci4j.agent.gpu;

import java.util.HashSet;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * {@link ServicePids} with {@code gpu.processes}: the fixed ids plus the processes whose command line matches,
 * rescanned at most every {@value #RESCAN_SECONDS} s, because a scan reads every process's command line and the
 * sampler asks once per window. Used by the sampler thread only, so not thread-safe.
 */
final class ScannedPids implements ServicePids {
    static final long RESCAN_SECONDS = 10;
    private static final long RESCAN_NANOS = RESCAN_SECONDS * 1_000_000_000L;

    private final Set<Long> fixed;
    private final Pattern processes;
    private final LongSupplier nanoTime;
    private Set<Long> last;
    private long scannedAtNanos;

    ScannedPids(Set<Long> fixed, Pattern processes, LongSupplier nanoTime) {
        this.fixed = fixed;
        this.processes = processes;
        this.nanoTime = nanoTime;
    }

    @Override
    public Set<Long> current() {
        long now = nanoTime.getAsLong();
        if (last == null || now - scannedAtNanos >= RESCAN_NANOS) {
            last = scan();
            scannedAtNanos = now;
        }
        return last;
    }

    private Set<Long> scan() {
        Set<Long> out = new HashSet<>(fixed);
        ProcessHandle.allProcesses()
                .forEach(p -> p.info()
                        .commandLine()
                        .filter(c -> processes.matcher(c).find())
                        .ifPresent(c -> out.add(p.pid())));
        return Set.copyOf(out);
    }
}
