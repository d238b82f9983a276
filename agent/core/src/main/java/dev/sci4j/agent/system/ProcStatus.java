package dev.sci4j.agent.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the resident set size from a Linux {@code /proc/<pid>/status} file. Stateless and thread-safe. */
final class ProcStatus {
    private static final String VM_RSS = "VmRSS:";

    private ProcStatus() {}

    /** The {@code VmRSS} line in bytes, or -1 when the file or the line is missing or unreadable. */
    static long residentBytes(Path status) {
        try (BufferedReader in = Files.newBufferedReader(status, StandardCharsets.US_ASCII)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith(VM_RSS)) {
                    return parseKilobytes(line.substring(VM_RSS.length())) * 1024;
                }
            }
            return -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** "   123456 kB" → 123456. */
    private static long parseKilobytes(String value) {
        String trimmed = value.trim();
        int space = trimmed.indexOf(' ');
        return Long.parseLong(space < 0 ? trimmed : trimmed.substring(0, space));
    }
}
