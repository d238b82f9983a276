package dev.sci4j.agent.export;

import dev.sci4j.agent.sampler.SampleStore;
import dev.sci4j.measurement.MeasurementJson;
import dev.sci4j.measurement.RunMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writes the measurement file atomically (see {@link MeasurementJson#writeAtomically}). A failure is logged once
 * and retried at the next write. Thread-safe (synchronized), as the sampler and the shutdown flush both write.
 */
public final class MeasurementWriter {
    private final Path file;
    private final SampleStore store;
    private final Supplier<RunMetadata> run;
    private final Consumer<String> log;
    private boolean failureLogged;

    public MeasurementWriter(Path file, SampleStore store, Supplier<RunMetadata> run, Consumer<String> log) {
        this.file = file;
        this.store = store;
        this.run = run;
        this.log = log;
    }

    /** @return whether the file was written */
    public synchronized boolean write() {
        try {
            MeasurementJson.writeAtomically(store.snapshot(run.get()), file);
            return true;
        } catch (IOException | RuntimeException e) {
            if (!failureLogged) {
                failureLogged = true;
                log.accept("cannot write measurement file " + file + ": " + e + " (will retry; logged once)");
            }
            return false;
        }
    }

    public Path file() {
        return file;
    }
}
