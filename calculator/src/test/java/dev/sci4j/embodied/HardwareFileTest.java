package dev.sci4j.embodied;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sci4j.input.InvalidInputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HardwareFileTest {
    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(HardwareFileTest.class.getResource(name).toURI());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void readsYamlHardwareFile() throws URISyntaxException {
        Hardware hardware = Hardware.read(resource("dell-r740.yaml"));
        assertThat(hardware)
                .isEqualTo(new Hardware(2, 384, 8, 0, 0, Optional.of("Dell PowerEdge R740 (example configuration)")));
    }

    @Test
    void readsJsonHardwareFile() throws URISyntaxException {
        Hardware hardware = Hardware.read(resource("gpu-server.json"));
        assertThat(hardware).isEqualTo(new Hardware(2, 384, 2, 0, 8));
        assertThat(hardware.name()).isEmpty();
    }

    @Test
    void absentDrivesAndGpusMeanNone() throws IOException {
        Hardware hardware = Hardware.read(write("small.yaml", "cpuSockets: 1\nmemoryGb: 32\n"));
        assertThat(hardware).isEqualTo(new Hardware(1, 32, 0, 0, 0));
    }

    @Test
    void negativeValueNamesFileLineAndField() throws IOException {
        Path file = write("bad.yaml", "name: test\ncpuSockets: 2\nmemoryGb: 64\nssdCount: -1\n");
        assertThatThrownBy(() -> Hardware.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + " line 4, field 'ssdCount'")
                .hasMessageContaining("must not be negative");
    }

    @Test
    void unknownFieldNamesFileLineAndField() throws IOException {
        Path file = write("typo.yaml", "cpuSockets: 2\nmemoryGb: 64\ngpus: 4\n");
        assertThatThrownBy(() -> Hardware.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + " line 3, field 'gpus'")
                .hasMessageContaining("unknown field")
                .hasMessageContaining("gpuCount");
    }

    @Test
    void badJsonValueNamesLine() throws IOException {
        Path file = write("bad.json", "{\n  \"cpuSockets\": 1,\n  \"memoryGb\": \"lots\"\n}\n");
        assertThatThrownBy(() -> Hardware.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + " line 3, field 'memoryGb'")
                .hasMessageContaining("must be a number");
    }

    @Test
    void fractionalCountIsRejected() throws IOException {
        Path file = write("half.yaml", "cpuSockets: 1.5\nmemoryGb: 64\n");
        assertThatThrownBy(() -> Hardware.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + " line 1, field 'cpuSockets'")
                .hasMessageContaining("whole number");
    }

    @Test
    void implausiblyLargeMemoryIsRejectedBeforeItOverflowsTheEstimate() throws IOException {
        Path file = write("huge.json", "{\n  \"cpuSockets\": 2,\n  \"memoryGb\": 1e308\n}\n");
        assertThatThrownBy(() -> Hardware.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + " line 3, field 'memoryGb'")
                .hasMessageContaining("at most");
    }

    @Test
    void zeroCpuSocketsIsRejected() throws IOException {
        Path file = write("nocpu.yaml", "cpuSockets: 0\nmemoryGb: 64\n");
        assertThatThrownBy(() -> Hardware.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 1, field 'cpuSockets'")
                .hasMessageContaining("at least 1");
    }

    @Test
    void duplicateFieldIsRejected() throws IOException {
        Path file = write("twice.yaml", "cpuSockets: 1\nmemoryGb: 64\ncpuSockets: 2\n");
        assertThatThrownBy(() -> Hardware.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 3, field 'cpuSockets'");
    }

    @Test
    void missingRequiredFieldIsNamed() throws IOException {
        Path file = write("nomem.yaml", "cpuSockets: 1\n");
        assertThatThrownBy(() -> Hardware.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("'memoryGb' is missing");
    }

    @Test
    void emptyMalformedOrMissingFileIsRejectedNamingTheFile() throws IOException {
        Path empty = write("empty.yaml", "");
        assertThatThrownBy(() -> Hardware.read(empty))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(empty.toString())
                .hasMessageContaining("empty");
        Path list = write("list.yaml", "- 1\n- 2\n");
        assertThatThrownBy(() -> Hardware.read(list))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("mapping");
        Path broken = write("broken.json", "{\n \"cpuSockets\": 1,,\n}");
        assertThatThrownBy(() -> Hardware.read(broken))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(broken.toString())
                .hasMessageContaining("line 2");
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> Hardware.read(missing))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(missing.toString())
                .hasMessageContaining("no such hardware file");
    }

    @Test
    void hardwareBuiltInCodeIsCheckedLikeAFile() {
        assertThatThrownBy(() -> new Hardware(1, -2, 0, 0, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("memoryGb must not be negative");
        assertThatThrownBy(() -> new Hardware(1, Double.NaN, 0, 0, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("memoryGb");
    }
}
