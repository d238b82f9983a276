package dev.sci4j.agent.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.agent.clock.ManualClock;
import dev.sci4j.agent.config.AgentConfig;
import dev.sci4j.measurement.IdlePolicy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GpusTest {
    @TempDir
    Path driverDir;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<String> log = new ArrayList<>();

    private GpuMeter open(String args, Gpus.Loader loader, Path driver) throws Exception {
        return Gpus.open(AgentConfig.fromArgs(args).gpu(), IdlePolicy.NONE, clock, log::add, loader, driver);
    }

    @Test
    void gpuOffSaysNothingAndLoadsNothing() throws Exception {
        GpuMeter m = open(
                "gpu=off",
                lib -> {
                    throw new AssertionError("must not load NVML");
                },
                driverDir);

        assertThat(m).isNull();
        assertThat(log).isEmpty();
    }

    @Test
    void withoutTheNvidiaDriverNvmlIsNotLoadedAndOneLineSaysWhy() throws Exception {
        GpuMeter m = open(
                "",
                lib -> {
                    throw new AssertionError("must not load NVML");
                },
                driverDir.resolve("absent"));

        assertThat(m).isNull();
        assertThat(log).singleElement().asString().contains("no NVIDIA driver");
    }

    @Test
    void aLibraryThatCannotBeLoadedIsOneLine() throws Exception {
        GpuMeter m = open(
                "",
                lib -> {
                    throw new UnsatisfiedLinkError("libnvidia-ml.so.1: cannot open shared object file");
                },
                driverDir);

        assertThat(m).isNull();
        assertThat(log)
                .singleElement()
                .asString()
                .contains("NVML not available")
                .contains("libnvidia-ml");
    }

    @Test
    void aFailingInitIsOneLine() throws Exception {
        GpuMeter m = open(
                "gpu.library=/opt/nvml.so",
                lib -> {
                    throw new NvmlException("nvmlInit_v2", 9, "Driver Not Loaded");
                },
                driverDir.resolve("absent"));

        assertThat(m).isNull();
        assertThat(log).singleElement().asString().contains("Driver Not Loaded");
    }

    @Test
    void aConfiguredLibraryIsLoadedAndNoDeviceClosesIt() throws Exception {
        FakeNvml nvml = new FakeNvml();
        List<String> asked = new ArrayList<>();

        GpuMeter m = open(
                "gpu.library=/opt/nvml.so",
                lib -> {
                    asked.add(lib);
                    return nvml;
                },
                driverDir.resolve("absent"));

        assertThat(asked).containsExactly("/opt/nvml.so");
        assertThat(m).isNull();
        assertThat(nvml.closed).isTrue();
    }

    @Test
    void aDeviceMakesAMeter() throws Exception {
        FakeNvml nvml = new FakeNvml();
        nvml.add();

        assertThat(open("", lib -> nvml, driverDir)).isNotNull();
        assertThat(log).isEmpty();
    }
}
