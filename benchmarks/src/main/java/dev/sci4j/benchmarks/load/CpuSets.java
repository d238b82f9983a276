package dev.sci4j.benchmarks.load;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Disjoint CPU sets for a side-by-side load pair: two equal sets for the two services (a quarter of the cores
 * each) and the rest for the load driver, this JVM, which pins itself there. Immutable.
 */
final class CpuSets {
    /** Below this many cores the pair cannot be split fairly: the benchmark interleaves runs instead. */
    static final int MIN_CORES = 4;

    final String first;
    final String second;
    final String driver;

    CpuSets(int cores) {
        int service = Math.max(1, cores / 4);
        first = range(0, service);
        second = range(service, 2 * service);
        driver = range(2 * service, cores);
    }

    /**
     * The sets for this machine with this JVM (the driver) already pinned to its own, or null when the machine
     * has fewer than {@value #MIN_CORES} cores or {@code taskset} cannot pin.
     */
    static CpuSets forThisMachine() {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < MIN_CORES) {
            return null;
        }
        CpuSets sets = new CpuSets(cores);
        return pin(ProcessHandle.current().pid(), sets.driver) ? sets : null;
    }

    /**
     * For an interleaved pair on 2 or 3 cores: the last core, for both services, with this JVM (the driver) pinned
     * to the others; null (nothing pinned) on one core or when {@code taskset} cannot pin.
     */
    static String interleavedServiceCpu() {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2) {
            return null;
        }
        return pin(ProcessHandle.current().pid(), range(0, cores - 1)) ? Integer.toString(cores - 1) : null;
    }

    /**
     * Pins every thread of process {@code pid} to {@code cpus}; threads it starts later inherit the set. False when
     * {@code taskset} is missing or refuses.
     */
    static boolean pin(long pid, String cpus) {
        try {
            Process p = new ProcessBuilder(List.of("taskset", "-a", "-p", "-c", cpus, Long.toString(pid)))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String range(int from, int to) {
        return to - from == 1 ? Integer.toString(from) : from + "-" + (to - 1);
    }

    @Override
    public String toString() {
        return "services on CPUs " + first + " and " + second + " (alternating), load driver on " + driver;
    }
}
