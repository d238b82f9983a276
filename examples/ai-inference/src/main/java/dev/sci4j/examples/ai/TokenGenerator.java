package dev.sci4j.examples.ai;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where the model runs: in this JVM ({@link CpuGenerator}) or in a local worker process
 * ({@link PythonWorkerGenerator}). Implementations are thread-safe.
 */
public interface TokenGenerator extends Closeable {
    /**
     * Reads {@code prompt} (token ids) and generates {@code maxNewTokens} tokens greedily.
     *
     * @return exactly {@code maxNewTokens} token ids
     * @throws IOException when a worker process cannot be reached
     */
    int[] generate(int[] prompt, int maxNewTokens) throws IOException;

    /** What runs the model, e.g. "in the JVM (CPU)", "Python worker pid 123 on cuda". */
    String describe();

    /** Whether the matrix work runs on a GPU. */
    boolean onGpu();

    @Override
    default void close() {}
}
