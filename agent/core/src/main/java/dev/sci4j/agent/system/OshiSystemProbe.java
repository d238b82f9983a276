package dev.sci4j.agent.system;

import java.nio.file.Path;
import oshi.PlatformEnum;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.CentralProcessor.TickType;
import oshi.hardware.GlobalMemory;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;
import oshi.software.os.linux.LinuxOperatingSystem;
import oshi.util.GlobalConfig;

/**
 * {@link SystemProbe} over one OSHI {@link SystemInfo} (OSHI's PERFORMANCE notes: create it once, reuse its
 * objects). Process CPU comes from the JDK's {@code com.sun.management} bean when present, because it is in
 * nanoseconds and costs no /proc parse; otherwise from OSHI (milliseconds). Not thread-safe.
 */
final class OshiSystemProbe implements SystemProbe {
    private final CentralProcessor processor;
    private final GlobalMemory memory;
    private final OperatingSystem os;
    private final OSProcess process;
    private final JdkProcessCpu processCpu = new JdkProcessCpu();
    private final ProcStatus selfStatus = new ProcStatus(Path.of("/proc/self/status"));
    private final ProcStat procStat;

    OshiSystemProbe() {
        // OSHI caches tick counts for 300 ms by default, which would freeze utilisation for sampling intervals
        // shorter than that. This OSHI copy lives in the agent's own class loader, so the setting is ours alone.
        GlobalConfig.set(GlobalConfig.OSHI_UTIL_MEMOIZER_EXPIRATION, 0);
        SystemInfo si = new SystemInfo();
        processor = si.getHardware().getProcessor();
        memory = si.getHardware().getMemory();
        os = si.getOperatingSystem();
        process = os.getCurrentProcess();
        procStat = SystemInfo.getCurrentPlatform() == PlatformEnum.LINUX
                ? new ProcStat(Path.of("/proc/stat"), LinuxOperatingSystem.getHz())
                : null;
    }

    @Override
    public HostCpuTimes hostCpuTimes() {
        HostCpuTimes fromProc = procStat != null ? procStat.read() : null;
        if (fromProc != null) {
            return fromProc;
        }
        long[] t = processor.getSystemCpuLoadTicks(); // milliseconds, summed over logical cores
        long busy = t[TickType.USER.getIndex()]
                + t[TickType.NICE.getIndex()]
                + t[TickType.SYSTEM.getIndex()]
                + t[TickType.IRQ.getIndex()]
                + t[TickType.SOFTIRQ.getIndex()];
        long idle = t[TickType.IDLE.getIndex()] + t[TickType.IOWAIT.getIndex()];
        long steal = t[TickType.STEAL.getIndex()];
        return new HostCpuTimes(busy / 1000.0, (busy + idle + steal) / 1000.0);
    }

    @Override
    public double processCpuSeconds() {
        double seconds = processCpu.seconds();
        if (seconds >= 0) {
            return seconds;
        }
        process.updateAttributes();
        return (process.getUserTime() + process.getKernelTime()) / 1000.0;
    }

    @Override
    public long processResidentBytes() {
        // On Linux one line of /proc/self/status costs a tenth of OSHI's full process refresh (~20 µs vs ~200 µs,
        // measured), which matters in a loop that runs every second for the life of the service.
        long fromStatus = selfStatus.residentBytes();
        if (fromStatus >= 0) {
            return fromStatus;
        }
        process.updateAttributes();
        return process.getResidentSetSize();
    }

    @Override
    public long totalMemoryBytes() {
        return memory.getTotal();
    }

    @Override
    public String cpuModel() {
        return processor.getProcessorIdentifier().getName().trim();
    }

    @Override
    public int logicalCores() {
        return processor.getLogicalProcessorCount();
    }

    @Override
    public String hostName() {
        return os.getNetworkParams().getHostName();
    }

    @Override
    public String os() {
        return os.toString();
    }
}
