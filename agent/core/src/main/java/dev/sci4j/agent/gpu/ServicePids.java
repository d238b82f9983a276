package dev.sci4j.agent.gpu;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The process ids whose GPU work is the service's: this JVM, plus (policy {@code pids}) the configured ids and
 * the processes whose command line matches {@code gpu.processes}, looked up again at most every
 * {@value ScannedPids#RESCAN_SECONDS} s so a worker that starts later is found without reading every process's
 * command line on every window. A seam: tests pass a fixed set.
 */
public interface ServicePids {
    /** The current set; never empty (this JVM is always in it). */
    Set<Long> current();

    /** This JVM only. */
    static ServicePids self() {
        Set<Long> self = Set.of(ProcessHandle.current().pid());
        return () -> self;
    }

    /** This JVM, {@code pids}, and every process whose command line {@code processes} finds (null: none). */
    static ServicePids of(Set<Long> pids, Pattern processes) {
        Set<Long> fixed = new HashSet<>(pids);
        fixed.add(ProcessHandle.current().pid());
        if (processes == null) {
            Set<Long> constant = Set.copyOf(fixed);
            return () -> constant;
        }
        return new ScannedPids(Set.copyOf(fixed), processes, System::nanoTime);
    }
}
