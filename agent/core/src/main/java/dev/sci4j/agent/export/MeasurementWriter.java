package dev.sci4j.agent.export;

import dev.sci4j.agent.sampler.SampleStore;
import dev.sci4j.measurement.AtomicFiles;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementStreamWriter;
import dev.sci4j.measurement.RunMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writes the measurement file atomically ({@link AtomicFiles}) with the streaming {@link MeasurementStreamWriter},
 * so the final write at exit pays no JSON library warm-up. A failure is logged once and retried at the next
 * write. Remembers what it last put on disk, so a shutdown that runs out of time can say exactly what the file
 * holds. Thread-safe (synchronized), as the sampler and the shutdown flush both write.
 */
public final class MeasurementWriter {
    private final Path file;
    private final SampleStore store;
    private final Supplier<RunMetadata> run;
    private final Consumer<String> log;
    private final MeasurementStreamWriter json = new MeasurementStreamWriter(); // guarded by this
    private boolean failureLogged;
    /**
     * What the last successful write put on disk; null before the first. Volatile, not guarded: the shutdown
     * hook reads it while a slow final write may hold the lock, and must not wait for it.
     */
    private volatile Measurement written;

    public MeasurementWriter(Path file, SampleStore store, Supplier<RunMetadata> run, Consumer<String> log) {
        this.file = file;
        this.store = store;
        this.run = run;
        this.log = log;
    }

    /** @return whether the file was written */
    public synchronized boolean write() {
        try {
            Measurement m = store.snapshot(run.get());
            AtomicFiles.write(file, json.write(m));
            written = m;
            return true;
        } catch (IOException | RuntimeException e) {
            if (!failureLogged) {
                failureLogged = true;
                // AtomicFiles' message names the file; anything else does not, so it is named here.
                String why = e instanceof IOException
                        ? e.getMessage()
                        : "measurement file " + file + " cannot be written: " + e;
                log.accept("cannot write the measurement file: " + why + " (will retry; logged once)");
            }
            return false;
        }
    }

    /** One clause saying what this writer last put on disk, for the shutdown message. */
    public String onDisk() {
        Measurement m = written;
        if (m == null) {
            return nothingWritten(file);
        }
        List<IntervalSample> samples = m.samples();
        long aggregated = m.aggregated().map(a -> a.sampleCount()).orElse(0L);
        return file + " holds the last periodic write: " + samples.size() + " samples"
                + (aggregated > 0 ? " and " + aggregated + " aggregated" : "")
                + (samples.isEmpty()
                        ? ""
                        : ", up to " + samples.get(samples.size() - 1).end());
    }

    /** The clause for a run that wrote nothing to {@code file}, saying whether an earlier run's file is there. */
    public static String nothingWritten(Path file) {
        return Files.exists(file)
                ? "this run wrote no measurement; " + file + " is from an earlier run"
                : "no measurement file was written: " + file + " does not exist";
    }

    public Path file() {
        return file;
    }
}
