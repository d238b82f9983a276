package dev.sci4j.agent.sampler;

import dev.sci4j.agent.system.HostCpuTimes;
import dev.sci4j.agent.system.SystemProbe;

/** Host and process counters the test moves by hand. */
public final class FakeProbe implements SystemProbe {
    double hostBusySeconds;
    double hostTotalSeconds;
    double processCpuSeconds;
    long residentBytes = 1_000_000_000L;

    public void advance(double hostBusy, double hostTotal, double process) {
        hostBusySeconds += hostBusy;
        hostTotalSeconds += hostTotal;
        processCpuSeconds += process;
    }

    @Override
    public HostCpuTimes hostCpuTimes() {
        return new HostCpuTimes(hostBusySeconds, hostTotalSeconds);
    }

    @Override
    public double processCpuSeconds() {
        return processCpuSeconds;
    }

    @Override
    public long processResidentBytes() {
        return residentBytes;
    }

    @Override
    public long totalMemoryBytes() {
        return 10_000_000_000L;
    }

    @Override
    public String cpuModel() {
        return "Fake CPU";
    }

    @Override
    public int logicalCores() {
        return 4;
    }

    @Override
    public String hostName() {
        return "fake";
    }

    @Override
    public String os() {
        return "FakeOS";
    }
}
