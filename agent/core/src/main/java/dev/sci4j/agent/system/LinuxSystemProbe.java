package dev.sci4j.agent.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@link SystemProbe} for Linux that reads {@code /proc} (and {@code /etc/os-release}) directly instead of
 * starting OSHI. It exists for start-up cost: the sampler thread creates its probe while the application is
 * itself starting, and OSHI's initialisation costs ~350 ms CPU on Linux ({@code getProcessor()} alone ~280 ms)
 * because it loads JNA and spawns child processes ({@code ldconfig -p}, {@code uname -o}, {@code id -u}); on
 * two cores that delayed a service's first response by ~150–200 ms. Everything the agent needs is a few short
 * /proc files away.
 *
 * <p>Whatever cannot be read from /proc (no {@code model name} on ARM, a masked file in a sandbox, …) comes from
 * a fallback probe, normally OSHI, which is created only then, at most once, and kept.
 *
 * <p>Units as on {@link SystemProbe}: seconds for CPU times, bytes for memory. Host metadata (CPU model, cores,
 * host name, OS, physical memory) is read once and cached; CPU times and resident memory are read on every call.
 * Not thread-safe: one sampler thread uses it, like the interface says.
 */
final class LinuxSystemProbe implements SystemProbe {
    /**
     * The kernel's {@code USER_HZ}, the unit of /proc/stat. It is fixed at 100 by the kernel ABI on every Linux
     * architecture the JVM runs on (x86, ARM, POWER, s390x, RISC-V); only {@code CONFIG_HZ} varies, and /proc
     * does not expose that. Asking OSHI ({@code LinuxOperatingSystem.getHz()}) would load OSHI, the cost this
     * class avoids.
     */
    private static final double USER_HZ = 100;

    private static final String MODEL_NAME = "model name";
    private static final String PROCESSOR = "processor";
    private static final String MEM_TOTAL = "MemTotal:";
    private static final String PRETTY_NAME = "PRETTY_NAME=";

    private final Path proc;
    private final Path osRelease;
    private final Supplier<SystemProbe> fallbackFactory;
    private final ProcStat procStat;
    private final ProcStatus selfStatus;
    private final JdkProcessCpu processCpu = new JdkProcessCpu();
    private SystemProbe fallback;

    // Metadata read once; null/0 until first asked.
    private boolean cpuInfoRead;
    private String cpuInfoModel;
    private int cpuInfoProcessors;
    private String cpuModel;
    private int logicalCores;
    private String hostName;
    private String os;
    private long totalMemoryBytes;

    /**
     * @param proc            the /proc root (a fake tree in tests)
     * @param osRelease       {@code /etc/os-release}
     * @param fallbackFactory creates the probe for whatever /proc cannot answer; called at most once, lazily
     */
    LinuxSystemProbe(Path proc, Path osRelease, Supplier<SystemProbe> fallbackFactory) {
        this.proc = proc;
        this.osRelease = osRelease;
        this.fallbackFactory = fallbackFactory;
        this.procStat = new ProcStat(proc.resolve("stat"), USER_HZ);
        this.selfStatus = new ProcStatus(proc.resolve("self").resolve("status"));
    }

    @Override
    public HostCpuTimes hostCpuTimes() {
        HostCpuTimes times = procStat.read();
        return times != null ? times : fallback().hostCpuTimes();
    }

    @Override
    public double processCpuSeconds() {
        double seconds = processCpu.seconds();
        if (seconds >= 0) {
            return seconds;
        }
        return fallback().processCpuSeconds();
    }

    @Override
    public long processResidentBytes() {
        long bytes = selfStatus.residentBytes();
        return bytes >= 0 ? bytes : fallback().processResidentBytes();
    }

    @Override
    public long totalMemoryBytes() {
        if (totalMemoryBytes <= 0) {
            long kilobytes = memTotalKilobytes();
            totalMemoryBytes = kilobytes > 0 ? kilobytes * 1024 : fallback().totalMemoryBytes();
        }
        return totalMemoryBytes;
    }

    @Override
    public String cpuModel() {
        if (cpuModel == null) {
            readCpuInfo();
            cpuModel = cpuInfoModel != null ? cpuInfoModel : fallback().cpuModel();
        }
        return cpuModel;
    }

    @Override
    public int logicalCores() {
        if (logicalCores <= 0) {
            readCpuInfo();
            logicalCores =
                    cpuInfoProcessors > 0 ? cpuInfoProcessors : fallback().logicalCores();
        }
        return logicalCores;
    }

    @Override
    public String hostName() {
        if (hostName == null) {
            String fromProc = readTrimmed(proc.resolve("sys/kernel/hostname"));
            hostName = fromProc != null ? fromProc : fallback().hostName();
        }
        return hostName;
    }

    /** As OSHI formats it, so runs measured before and after this probe compare: "GNU/Linux NAME VER build REL". */
    @Override
    public String os() {
        if (os == null) {
            String release = readTrimmed(proc.resolve("sys/kernel/osrelease"));
            if (release == null) {
                os = fallback().os();
            } else {
                String pretty = prettyName();
                os = pretty != null ? "GNU/Linux " + pretty + " build " + release : "GNU/Linux build " + release;
            }
        }
        return os;
    }

    private SystemProbe fallback() {
        if (fallback == null) {
            fallback = fallbackFactory.get();
        }
        return fallback;
    }

    /** {@code MemTotal:} of /proc/meminfo in kB, or -1. */
    private long memTotalKilobytes() {
        for (String line : lines(proc.resolve("meminfo"))) {
            if (line.startsWith(MEM_TOTAL)) {
                return parseKilobytes(line.substring(MEM_TOTAL.length()));
            }
        }
        return -1;
    }

    /** "   123456 kB" → 123456; -1 if it is not a number. */
    private static long parseKilobytes(String value) {
        String trimmed = value.trim();
        int space = trimmed.indexOf(' ');
        try {
            return Long.parseLong(space < 0 ? trimmed : trimmed.substring(0, space));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * One pass over /proc/cpuinfo (long on big hosts: ~25 lines per core) for both the first {@code model name}
     * (ARM kernels print none) and the {@code processor} lines, one per logical core the kernel has online.
     */
    private void readCpuInfo() {
        if (cpuInfoRead) {
            return;
        }
        cpuInfoRead = true;
        for (String line : lines(proc.resolve("cpuinfo"))) {
            String key = key(line);
            if (key.equals(PROCESSOR)) {
                cpuInfoProcessors++;
            } else if (cpuInfoModel == null
                    && key.equals(MODEL_NAME)
                    && !value(line).isEmpty()) {
                cpuInfoModel = value(line);
            }
        }
    }

    /** "model name\t: AMD EPYC" → "model name". */
    private static String key(String line) {
        int colon = line.indexOf(':');
        return colon < 0 ? "" : line.substring(0, colon).trim();
    }

    /** "model name\t: AMD EPYC" → "AMD EPYC". */
    private static String value(String line) {
        return line.substring(line.indexOf(':') + 1).trim();
    }

    /** PRETTY_NAME of os-release without its quotes, or null if the file or the key is missing. */
    private String prettyName() {
        for (String line : lines(osRelease)) {
            if (line.startsWith(PRETTY_NAME)) {
                String value = unquote(line.substring(PRETTY_NAME.length()).trim());
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** The file's trimmed content, or null if it is unreadable or blank. */
    private static String readTrimmed(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8).trim();
            return content.isEmpty() ? null : content;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The file's lines, or none if it is unreadable (the caller then falls back). */
    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
