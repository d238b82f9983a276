package dev.sci4j.agent.system;

import java.io.File;
import java.nio.file.Path;

/**
 * Reads the resident set size from a Linux {@code /proc/<pid>/status} file (~1.4 KB), into a reused buffer.
 * Not thread-safe: one sampler thread.
 */
final class ProcStatus {
    private static final byte[] VM_RSS = {'V', 'm', 'R', 'S', 'S', ':'};

    private final File file;
    private final byte[] buffer = new byte[8192];

    /** @param file {@code /proc/<pid>/status} (a fake one in tests) */
    ProcStatus(Path file) {
        this.file = file.toFile();
    }

    /** The {@code VmRSS} line in bytes, or −1 when the file or the line is missing or unreadable. */
    long residentBytes() {
        int length = ProcFile.read(file, buffer);
        for (int line = 0; line >= 0 && line < length; line = nextLine(line, length)) {
            if (startsWithVmRss(line, length)) {
                long kilobytes = kilobytes(line + VM_RSS.length, length);
                return kilobytes < 0 ? -1 : kilobytes * 1024;
            }
        }
        return -1;
    }

    private boolean startsWithVmRss(int at, int length) {
        if (at + VM_RSS.length > length) {
            return false;
        }
        for (int i = 0; i < VM_RSS.length; i++) {
            if (buffer[at + i] != VM_RSS[i]) {
                return false;
            }
        }
        return true;
    }

    /** "   123456 kB" → 123456, or −1 when no number stands there. */
    private long kilobytes(int at, int length) {
        int i = at;
        while (i < length && (buffer[i] == ' ' || buffer[i] == '\t')) {
            i++;
        }
        long value = 0;
        int digits = 0;
        while (i < length && buffer[i] >= '0' && buffer[i] <= '9') {
            value = value * 10 + (buffer[i++] - '0');
            digits++;
        }
        boolean ends = i == length || buffer[i] == ' ' || buffer[i] == '\n';
        return digits > 0 && ends ? value : -1;
    }

    /** The index after the next newline from {@code at}, or −1 when there is none. */
    private int nextLine(int at, int length) {
        for (int i = at; i < length; i++) {
            if (buffer[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }
}
