package dev.sci4j.benchmarks.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A two-socket powercap tree (package and DRAM zones) under a temp folder, with counters that advance. */
final class FakePowercap {
    private static final long MAX_UJ = 262_143_328_850L;
    private static final String[][] ZONES = {
        {"intel-rapl:0", "package-0"}, {"intel-rapl:0/intel-rapl:0:0", "dram"},
        {"intel-rapl:1", "package-1"}, {"intel-rapl:1/intel-rapl:1:0", "dram"},
    };

    private FakePowercap() {}

    static Path twoSockets() throws IOException {
        Path root = Files.createTempDirectory("sci4j-bench-powercap");
        for (String[] zone : ZONES) {
            Path dir = Files.createDirectories(root.resolve(zone[0]));
            write(dir.resolve("name"), zone[1]);
            write(dir.resolve("max_energy_range_uj"), Long.toString(MAX_UJ));
            write(dir.resolve("energy_uj"), "1000000");
        }
        return root;
    }

    /** Adds about 10 J per zone: a plausible delta for any interval the benchmark produces. */
    static void advance(Path root) throws IOException {
        for (String[] zone : ZONES) {
            Path counter = root.resolve(zone[0]).resolve("energy_uj");
            long value = Long.parseLong(Files.readString(counter).trim());
            write(counter, Long.toString((value + 10_000_000L) % MAX_UJ));
        }
    }

    private static void write(Path file, String value) throws IOException {
        Files.write(file, (value + "\n").getBytes(StandardCharsets.US_ASCII));
    }
}
