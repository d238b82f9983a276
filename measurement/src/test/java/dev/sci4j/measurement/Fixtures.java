package dev.sci4j.measurement;

import java.time.Instant;
import java.util.Map;

final class Fixtures {
    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private Fixtures() {}

    static RunMetadata run() {
        return RunMetadata.builder()
                .runId("run-1")
                .startedAt(T0)
                .endedAt(T0.plusSeconds(2))
                .hostName("host")
                .os("Linux 6.1")
                .cpuModel("Test CPU")
                .logicalCores(2)
                .jvmVendor("Vendor")
                .jvmVersion("17.0.15")
                .pid(1234)
                .agentVersion("0.1.0")
                .energySource(new EnergySourceInfo(EnergySourceKind.MODEL, "tdp=100W", AccuracyClass.C))
                .attribution(Attribution.activeSplit(IdlePolicy.NONE, 0))
                .configuration(Map.of("interval", "1s"))
                .build();
    }

    static IntervalSample sample(int second) {
        return IntervalSample.builder()
                .window(T0.plusSeconds(second), T0.plusSeconds(second + 1))
                .machineJoules("cpu", 10.5)
                .machineJoules("memory", 1.25)
                .machineActiveJoules(4.2)
                .machineIdleJoules(6.3)
                .machineMemoryJoules(1.25)
                .processJoules(IntervalSample.ACTIVE, 2.1)
                .processJoules(IntervalSample.IDLE, 0)
                .processJoules(IntervalSample.MEMORY, 0.1)
                .processCpuSeconds(0.5)
                .hostBusyCpuSeconds(0.8)
                .hostTotalCpuSeconds(2.0)
                .samplerCpuSeconds(0.001)
                .unit("checkout", new UnitSample(3, 1, 0.2, 1.5))
                .build(); // unattributed: 2.2 - 1.5 = 0.7 J
    }
}
