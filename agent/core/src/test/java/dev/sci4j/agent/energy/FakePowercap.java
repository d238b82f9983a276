package dev.sci4j.agent.energy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds a powercap-shaped directory tree under a temp folder. */
final class FakePowercap {
    static final long MAX_UJ = 262_143_328_850L;

    final Path root;

    FakePowercap(Path root) {
        this.root = root;
    }

    FakePowercap zone(String dir, String name, long energyMicrojoules) {
        return zone(dir, name, energyMicrojoules, MAX_UJ);
    }

    FakePowercap zone(String dir, String name, long energyMicrojoules, long maxMicrojoules) {
        try {
            Path d = Files.createDirectories(root.resolve(dir));
            Files.writeString(d.resolve("name"), name + "\n");
            Files.writeString(d.resolve("max_energy_range_uj"), maxMicrojoules + "\n");
            Files.writeString(d.resolve("energy_uj"), energyMicrojoules + "\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void set(String dir, long energyMicrojoules) {
        try {
            Files.writeString(root.resolve(dir).resolve("energy_uj"), energyMicrojoules + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
