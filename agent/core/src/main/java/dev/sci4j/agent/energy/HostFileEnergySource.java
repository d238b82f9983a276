package dev.sci4j.agent.energy;

import dev.sci4j.agent.clock.Clock;
import dev.sci4j.agent.config.AgentConfig.HostFileUnit;
import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.EnergySourceInfo;
import dev.sci4j.measurement.EnergySourceKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Energy handed to the VM by its host or hypervisor through a file. Format: the first line that is neither
 * empty nor a {@code #} comment holds one decimal number (dot as decimal separator). With unit {@code watts}
 * it is the VM's current average power, integrated over the time between reads; with unit {@code joules} it is
 * a cumulative, non-decreasing energy counter (any origin), and a decrease is treated as a reset (that window
 * is dropped). Component: {@code total}. Not thread-safe.
 */
public final class HostFileEnergySource implements EnergySource {
    private final Path file;
    private final HostFileUnit unit;
    private final FileReader reader;
    private final Clock clock;
    private final EnergySourceInfo info;
    private double previousValue;
    private long previousNanos;
    private double cumulativeJoules;

    private HostFileEnergySource(Path file, HostFileUnit unit, FileReader reader, Clock clock, double first) {
        this.file = file;
        this.unit = unit;
        this.reader = reader;
        this.clock = clock;
        this.previousValue = first;
        this.previousNanos = clock.nanoTime();
        this.info = new EnergySourceInfo(
                EnergySourceKind.HOST_FILE,
                "file " + file + ", unit "
                        + (unit == HostFileUnit.WATTS ? "watts (average power)" : "joules (cumulative)"),
                AccuracyClass.B);
    }

    public static HostFileEnergySource open(Path file, HostFileUnit unit, FileReader reader, Clock clock)
            throws EnergySourceUnavailableException {
        try {
            return new HostFileEnergySource(file, unit, reader, clock, parse(reader.read(file)));
        } catch (IOException | NumberFormatException e) {
            throw new EnergySourceUnavailableException("cannot read host energy file " + file + ": " + e, e);
        }
    }

    static double parse(String text) {
        for (String line : text.split("\\R")) {
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith("#")) {
                double v = Double.parseDouble(t);
                if (!Double.isFinite(v) || v < 0) {
                    throw new NumberFormatException("not a finite number >= 0: " + t);
                }
                return v;
            }
        }
        throw new NumberFormatException("no number in the file");
    }

    @Override
    public List<String> components() {
        return List.of(Components.TOTAL);
    }

    @Override
    public void readCumulativeJoules(double[] out) throws EnergyReadException {
        long now = clock.nanoTime();
        double value;
        try {
            value = parse(reader.read(file));
        } catch (IOException | NumberFormatException e) {
            throw new EnergyReadException("cannot read host energy file " + file + ": " + e, false, e);
        }
        if (unit == HostFileUnit.WATTS) {
            cumulativeJoules += value * (now - previousNanos) / 1e9;
        } else if (value < previousValue) {
            String message =
                    "host energy counter went down (" + previousValue + " -> " + value + " J): treated as a reset";
            previousValue = value;
            previousNanos = now;
            throw new EnergyReadException(message, true, null);
        } else {
            cumulativeJoules += value - previousValue;
        }
        previousValue = value;
        previousNanos = now;
        out[0] = cumulativeJoules;
    }

    @Override
    public EnergySourceInfo info() {
        return info;
    }
}
