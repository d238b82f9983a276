package dev.sci4j.agent.system;

import java.io.File;
import java.nio.file.Path;

/**
 * Reads the host's cumulative CPU times from the first line of Linux {@code /proc/stat}
 * ({@code cpu  user nice system idle iowait irq softirq steal …}, in clock ticks). The sampler reads it every
 * interval for the life of the service, mostly in the interpreter (once a second never gets hot), where
 * OSHI's general parser costs ~10× more; this reads one short line into a reused buffer. Not thread-safe.
 */
final class ProcStat {
    private static final int FIELDS = 8;

    private final File file;
    private final double ticksPerSecond;
    private final byte[] buffer = new byte[256];
    private final long[] ticks = new long[FIELDS];

    /**
     * @param file           {@code /proc/stat} (a fake one in tests)
     * @param ticksPerSecond the kernel's {@code USER_HZ}
     */
    ProcStat(Path file, double ticksPerSecond) {
        this.file = file.toFile();
        this.ticksPerSecond = ticksPerSecond;
    }

    /** Busy (user, nice, system, irq, softirq) and total (+ idle, iowait, steal) seconds, or null if unreadable. */
    HostCpuTimes read() {
        int length = ProcFile.read(file, buffer);
        if (!parseFirstLine(length)) {
            return null;
        }
        long busy = ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6];
        long total = busy + ticks[3] + ticks[4] + ticks[7];
        return new HostCpuTimes(busy / ticksPerSecond, total / ticksPerSecond);
    }

    /** Fills {@link #ticks} from "cpu  n n n …"; false unless the line starts so and holds eight numbers. */
    private boolean parseFirstLine(int length) {
        if (length < 4 || buffer[0] != 'c' || buffer[1] != 'p' || buffer[2] != 'u' || buffer[3] != ' ') {
            return false;
        }
        int field = 0;
        int i = 4;
        while (field < FIELDS && i < length && buffer[i] != '\n') {
            if (buffer[i] == ' ') {
                i++;
                continue;
            }
            long value = 0;
            while (i < length && buffer[i] >= '0' && buffer[i] <= '9') {
                value = value * 10 + (buffer[i++] - '0');
            }
            if (i < length && buffer[i] != ' ' && buffer[i] != '\n') {
                return false;
            }
            ticks[field++] = value;
        }
        return field == FIELDS;
    }
}
