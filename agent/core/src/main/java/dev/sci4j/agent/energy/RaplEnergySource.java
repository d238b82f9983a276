package dev.sci4j.agent.energy;

import dev.sci4j.agent.clock.Clock;
import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.EnergySourceInfo;
import dev.sci4j.measurement.EnergySourceKind;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * RAPL energy through Linux powercap. Zones are found by their {@code name} file ({@code package-N},
 * {@code dram}, {@code psys}; {@code core}/{@code uncore} are inside package and skipped), on every socket.
 * {@code intel-rapl-mmio:*} zones duplicate the package counter and are used only when no {@code intel-rapl:*}
 * package zone exists. Each zone's wraparound is corrected with its own {@code max_energy_range_uj}.
 * A failed read or an implausible delta fails the reading (never reads as 0). Not thread-safe.
 */
public final class RaplEnergySource implements EnergySource {
    /** Above this a zone's average power over one interval is not believable (a reset or a glitch). */
    static final double MAX_PLAUSIBLE_WATTS_PER_ZONE = 2000;

    private final List<RaplZone> zones;
    private final List<String> components;
    private final int[] componentOfZone;
    private final FileReader reader;
    private final Clock clock;
    private final EnergySourceInfo info;
    private final long[] previousMicrojoules;
    private final long[] currentMicrojoules;
    private final double[] cumulativeJoules;
    private long previousNanos;

    private RaplEnergySource(Path root, List<RaplZone> zones, FileReader reader, Clock clock, long[] firstReading) {
        this.zones = zones;
        this.reader = reader;
        this.clock = clock;
        List<String> comps = new ArrayList<>();
        componentOfZone = new int[zones.size()];
        for (int i = 0; i < zones.size(); i++) {
            String c = zones.get(i).component;
            if (!comps.contains(c)) {
                comps.add(c);
            }
            componentOfZone[i] = comps.indexOf(c);
        }
        this.components = Collections.unmodifiableList(comps);
        this.previousMicrojoules = firstReading;
        this.currentMicrojoules = new long[zones.size()];
        this.cumulativeJoules = new double[comps.size()];
        this.previousNanos = clock.nanoTime();
        this.info = new EnergySourceInfo(
                EnergySourceKind.RAPL,
                "powercap " + root + ", zones "
                        + zones.stream().map(RaplZone::toString).collect(Collectors.joining(", "))
                        + "; covers CPU package and DRAM, not the whole platform",
                AccuracyClass.A);
    }

    /**
     * Discovers the zones under {@code root} and takes the first reading.
     *
     * @throws EnergySourceUnavailableException no usable zone, or a counter is unreadable (the message then
     *                                          carries the permission fix, see {@link #permissionAdvice(Path)})
     */
    public static RaplEnergySource open(Path root, FileReader reader, Clock clock)
            throws EnergySourceUnavailableException {
        List<RaplZone> zones = discover(root, reader, "intel-rapl:");
        if (zones.stream().noneMatch(z -> z.component.equals(Components.PACKAGE))) {
            List<RaplZone> mmio = discover(root, reader, "intel-rapl-mmio:");
            if (!mmio.isEmpty()) {
                zones = mmio;
            }
        }
        if (zones.isEmpty()) {
            throw new EnergySourceUnavailableException("no RAPL zones (package, dram, psys) under " + root);
        }
        long[] first = new long[zones.size()];
        for (int i = 0; i < zones.size(); i++) {
            Path file = zones.get(i).energyFile;
            try {
                first[i] = parseMicrojoules(reader.read(file));
            } catch (AccessDeniedException e) {
                throw new EnergySourceUnavailableException(permissionAdvice(file), e);
            } catch (IOException | NumberFormatException e) {
                throw new EnergySourceUnavailableException("cannot read RAPL counter " + file + ": " + e, e);
            }
        }
        return new RaplEnergySource(root, zones, reader, clock, first);
    }

    /** The one actionable message for root-only counters (kernel ≥ 5.10, CVE-2020-8694). */
    public static String permissionAdvice(Path energyFile) {
        return "RAPL counter " + energyFile + " is readable by root only (Linux >= 5.10, CVE-2020-8694). To let this"
                + " user read it, add a udev rule that runs 'chmod o+r' (or gives a group read access) on"
                + " /sys/class/powercap/intel-rapl:*/energy_uj, or add the line"
                + " 'mode class/powercap/intel-rapl:0/energy_uj = 0444' to /etc/sysfs.conf (one line per zone);"
                + " falling back to the next energy source";
    }

    private static List<RaplZone> discover(Path root, FileReader reader, String prefix)
            throws EnergySourceUnavailableException {
        List<Path> dirs = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, prefix + "*")) {
            ds.forEach(dirs::add);
        } catch (IOException e) {
            throw new EnergySourceUnavailableException("no powercap tree at " + root + " (" + e + ")", e);
        }
        Collections.sort(dirs);
        List<RaplZone> zones = new ArrayList<>();
        for (Path dir : dirs) {
            String name;
            try {
                name = reader.read(dir.resolve("name")).trim().toLowerCase(Locale.ROOT);
            } catch (IOException e) {
                continue; // not a zone (or a broken one): nothing to measure there
            }
            String component = componentOf(name);
            if (component == null) {
                continue;
            }
            long max;
            try {
                max = parseMicrojoules(reader.read(dir.resolve("max_energy_range_uj")));
            } catch (IOException | NumberFormatException e) {
                throw new EnergySourceUnavailableException(
                        "RAPL zone " + dir + " has no readable max_energy_range_uj,"
                                + " so its wraparound cannot be corrected: " + e,
                        e);
            }
            zones.add(new RaplZone(dir.getFileName().toString(), name, component, dir.resolve("energy_uj"), max));
        }
        return zones;
    }

    private static String componentOf(String zoneName) {
        if (zoneName.startsWith("package")) {
            return Components.PACKAGE;
        }
        if (zoneName.equals("dram")) {
            return Components.DRAM;
        }
        if (zoneName.equals("psys")) {
            return Components.PSYS;
        }
        return null;
    }

    private static long parseMicrojoules(String text) {
        long v = Long.parseLong(text.trim());
        if (v < 0) {
            throw new NumberFormatException("negative counter " + v);
        }
        return v;
    }

    @Override
    public List<String> components() {
        return components;
    }

    @Override
    public void readCumulativeJoules(double[] out) throws EnergyReadException {
        long now = clock.nanoTime();
        for (int i = 0; i < zones.size(); i++) {
            try {
                currentMicrojoules[i] = parseMicrojoules(reader.read(zones.get(i).energyFile));
            } catch (IOException | NumberFormatException e) {
                // Keep the previous baseline: the next good read spans this interval too.
                throw new EnergyReadException("cannot read " + zones.get(i).energyFile + ": " + e, false, e);
            }
        }
        double elapsedSeconds = Math.max(1e-3, (now - previousNanos) / 1e9);
        String implausible = null;
        for (int i = 0; i < zones.size() && implausible == null; i++) {
            RaplZone z = zones.get(i);
            long delta = z.deltaMicrojoules(previousMicrojoules[i], currentMicrojoules[i]);
            double watts = delta / 1e6 / elapsedSeconds;
            if (currentMicrojoules[i] > z.maxEnergyRangeMicrojoules || watts > MAX_PLAUSIBLE_WATTS_PER_ZONE) {
                implausible = "implausible RAPL delta on " + z + ": " + previousMicrojoules[i] + " -> "
                        + currentMicrojoules[i] + " uJ (" + Decimals.fixed(watts, 0) + " W)";
            }
        }
        if (implausible == null) {
            for (int i = 0; i < zones.size(); i++) {
                long delta = zones.get(i).deltaMicrojoules(previousMicrojoules[i], currentMicrojoules[i]);
                cumulativeJoules[componentOfZone[i]] += delta / 1e6;
            }
        }
        System.arraycopy(currentMicrojoules, 0, previousMicrojoules, 0, zones.size());
        previousNanos = now;
        if (implausible != null) {
            throw new EnergyReadException(implausible, true, null);
        }
        System.arraycopy(cumulativeJoules, 0, out, 0, cumulativeJoules.length);
    }

    @Override
    public EnergySourceInfo info() {
        return info;
    }
}
