package dev.sci4j.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sci4j.input.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HardwareMapTest {
    @TempDir
    Path dir;

    @Test
    void theShippedExampleReads() {
        HardwareMap map = HardwareMap.read(Path.of("../deploy/prometheus/hardware-map.yaml"));

        assertThat(map.lookup("10.0.0.7:9464", "r740").totalEmbodied().grams()).isEqualTo(1_500_000);
        assertThat(map.lookup("10.0.0.7:9464", "r740").lifespan()).isEqualTo(Duration.ofDays(5 * 365));
        assertThat(map.lookup("x:1", "other").resourcesTotal()).isEqualTo(32);
    }

    @Test
    void aHardwareFileIsResolvedBesideTheMapAndEstimated() throws IOException {
        Files.writeString(dir.resolve("server.yaml"), "cpuSockets: 2\nmemoryGb: 64\n");
        Path map = Files.writeString(dir.resolve("map.yaml"), "instances:\n  a:1:\n    hardware: server.yaml\n");

        HardwareEntry entry = HardwareMap.read(map).lookup("a:1", "a:1");

        assertThat(entry.totalEmbodied().grams()).isPositive();
        assertThat(entry.source()).contains("server.yaml");
    }

    @Test
    void rejectsAmbiguousOrUnknownEntriesNamingTheFileAndPlace() throws IOException {
        Path both = Files.writeString(dir.resolve("both.yaml"), "default:\n  totalEmbodiedG: 1\n  hardware: x.yaml\n");
        Path unknown = Files.writeString(dir.resolve("unknown.yaml"), "default:\n  totalEmbodiedKg: 1\n");
        Path half = Files.writeString(dir.resolve("half.yaml"), "default:\n  totalEmbodiedG: 1\n  resourcesTotal: 4\n");

        assertThatThrownBy(() -> HardwareMap.read(both))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("both.yaml")
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> HardwareMap.read(unknown)).hasMessageContaining("totalEmbodiedKg");
        assertThatThrownBy(() -> HardwareMap.read(half)).hasMessageContaining("resourcesReserved");
        assertThatThrownBy(() -> HardwareMap.read(dir.resolve("none.yaml")))
                .hasMessageContaining("no such hardware file");
    }

    @Test
    void anEntryReservingMoreThanTheTotalNamesTheFileAndPlace() throws IOException {
        Path over = Files.writeString(
                dir.resolve("over.yaml"),
                "default:\n  totalEmbodiedG: 1\n  resourcesReserved: 9\n  resourcesTotal: 4\n");

        assertThatThrownBy(() -> HardwareMap.read(over))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(over.toString())
                .hasMessageContaining("default")
                .hasMessageContaining("resourcesReserved");
    }
}
