package dev.sci4j.agent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * GPU energy on a real NVIDIA GPU: runs only where the NVIDIA driver has a device and Python has PyTorch (CUDA)
 * and pynvml to make GPU load and read NVML's own counter beside the agent; skips with the reason elsewhere.
 * Three agent JVMs run beside one 16 s bf16 matrix-product load: {@code device} (its machine GPU energy must
 * match NVML's counter delta over the same window within 2 %, and the process owns all of it), {@code pids}
 * naming the load's process (it gets the load's share), and the default {@code process} (a JVM that does no GPU
 * work gets 0).
 */
class GpuIT {
    /** GPU load for {@code seconds}; logs "epoch-seconds energy-mJ" of device 0 every 50 ms to {@code argv[2]}. */
    private static final String LOAD = String.join(
            "\n",
            "import sys, time, threading, torch, pynvml",
            "pynvml.nvmlInit(); h = pynvml.nvmlDeviceGetHandleByIndex(0)",
            "seconds, log = float(sys.argv[1]), open(sys.argv[2], 'w')",
            "stop = False",
            "def poll():",
            "    while not stop:",
            "        log.write('%.6f %d\\n' % (time.time(), pynvml.nvmlDeviceGetTotalEnergyConsumption(h))); log.flush()",
            "        time.sleep(0.05)",
            "t = threading.Thread(target=poll); t.start()",
            "a = torch.randn(8192, 8192, device='cuda', dtype=torch.bfloat16); b = torch.randn_like(a)",
            "print('loading', flush=True)",
            "end = time.time() + seconds",
            "while time.time() < end:",
            "    for _ in range(20): c = a @ b",
            "    torch.cuda.synchronize()",
            "stop = True; t.join()");

    private static String gpuMissing() {
        Path gpus = Path.of("/proc/driver/nvidia/gpus");
        try (Stream<Path> s = Files.isDirectory(gpus) ? Files.list(gpus) : Stream.empty()) {
            if (s.findAny().isEmpty()) {
                return "no NVIDIA GPU here (" + gpus + " absent or empty): GPU energy is checked on GPU machines only";
            }
        } catch (IOException e) {
            return "cannot list " + gpus + ": " + e;
        }
        try {
            Process p = new ProcessBuilder("python3", "-c", "import torch, pynvml; assert torch.cuda.is_available()")
                    .redirectErrorStream(true)
                    .start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "python3 with PyTorch (CUDA) and pynvml is needed to load the GPU";
            }
        } catch (IOException | InterruptedException e) {
            return "no python3 to load the GPU: " + e;
        }
        return null;
    }

    @Test
    void agentGpuEnergyMatchesNvmlsCounterAndEachPolicyGivesWhatItPromises() throws Exception {
        String missing = gpuMissing();
        assumeTrue(missing == null, missing);
        Path script = ChildJvm.fresh("gpu-load.py");
        Files.writeString(script, LOAD);
        Path energyLog = ChildJvm.fresh("gpu-energy.log");
        Process load = new ProcessBuilder("python3", script.toString(), "16", energyLog.toString())
                .redirectErrorStream(true)
                .redirectOutput(ChildJvm.fresh("gpu-load.out").toFile())
                .start();
        try {
            Thread.sleep(3000); // CUDA context and first kernels
            Path device = ChildJvm.fresh("gpu-device.json");
            Path pids = ChildJvm.fresh("gpu-pids.json");
            Path process = ChildJvm.fresh("gpu-process.json");
            List<ChildJvm> jvms = new ArrayList<>();
            jvms.add(start("gpu-device", device, "gpu.attribution=device"));
            jvms.add(start("gpu-pids", pids, "gpu.attribution=pids;gpu.pids=" + load.pid()));
            jvms.add(start("gpu-process", process, "gpu.attribution=process"));
            for (ChildJvm j : jvms) {
                assertThat(j.waitFor(60)).isZero();
            }

            Measurement d = MeasurementJson.read(device);
            assertThat(d.run().gpu()).isPresent();
            IntervalSample dt = d.total().orElseThrow();
            double nvml = nvmlJoules(energyLog, dt.start(), dt.end());
            assertThat(dt.machineGpuJoules()).isGreaterThan(0).isCloseTo(nvml, within(nvml * 0.02));
            assertThat(dt.processJoule(IntervalSample.GPU)).isCloseTo(dt.machineGpuJoules(), within(1e-6));

            IntervalSample pt = MeasurementJson.read(pids).total().orElseThrow();
            assertThat(pt.processJoule(IntervalSample.GPU)).isGreaterThan(0.5 * pt.machineGpuJoules());

            IntervalSample qt = MeasurementJson.read(process).total().orElseThrow();
            assertThat(qt.machineGpuJoules()).isGreaterThan(0);
            assertThat(qt.processJoule(IntervalSample.GPU)).isZero();
        } finally {
            load.destroy();
            load.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static ChildJvm start(String name, Path out, String gpuArgs) throws IOException {
        return ChildJvm.start(
                name,
                ChildJvm.currentJavaHome(),
                List.of(
                        "-javaagent:" + ChildJvm.AGENT_JAR.toAbsolutePath() + "=output=" + out
                                + ";interval=500ms;energy.source=model;" + gpuArgs,
                        "-cp",
                        ChildJvm.TEST_CLASSES.toString(),
                        BusyApp.class.getName(),
                        "10000"));
    }

    /** NVML's counter delta between two instants, interpolated linearly in the 50 ms log, joules. */
    private static double nvmlJoules(Path log, Instant from, Instant to) throws IOException {
        List<double[]> points = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            String[] f = line.trim().split(" ", -1);
            if (f.length == 2) {
                points.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
            }
        }
        return (at(points, to) - at(points, from)) / 1000;
    }

    private static double at(List<double[]> points, Instant t) {
        double s = t.getEpochSecond() + t.getNano() / 1e9;
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            if (s >= a[0] && s <= b[0]) {
                return a[1] + (b[1] - a[1]) * (s - a[0]) / (b[0] - a[0]);
            }
        }
        throw new AssertionError("instant " + t + " is outside NVML's log (" + points.size() + " points)");
    }
}
