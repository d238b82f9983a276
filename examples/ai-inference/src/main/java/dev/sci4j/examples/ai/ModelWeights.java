package dev.sci4j.examples.ai;

import java.util.SplittableRandom;

/**
 * The weights of the tiny recurrent character model, generated from a fixed seed so every run (and the Python
 * worker, which receives them) computes the same thing. Row-major: {@code embedding[token * hidden + j]},
 * {@code recurrent[j * hidden + k]}, {@code output[token * hidden + k]}. Immutable once built (the arrays are
 * never handed out for writing); thread-safe.
 */
public final class ModelWeights {
    /** Largest hidden size accepted: 4096² floats are 64 MiB, still a small model. */
    public static final int MAX_HIDDEN = 4096;

    private static final long SEED = 0x5C14_A1L;

    private final int hidden;
    private final float[] embedding;
    private final float[] recurrent;
    private final float[] output;

    private ModelWeights(int hidden, float[] embedding, float[] recurrent, float[] output) {
        this.hidden = hidden;
        this.embedding = embedding;
        this.recurrent = recurrent;
        this.output = output;
    }

    /**
     * Weights for a model with {@code hidden} units: Gaussian, the recurrent matrix scaled by 1.5/√hidden so the
     * state keeps changing (greedy decoding then does not settle on one character at once).
     */
    public static ModelWeights generate(int hidden) {
        if (hidden < 8 || hidden > MAX_HIDDEN) {
            throw new IllegalArgumentException("hidden size " + hidden + " is not in [8, " + MAX_HIDDEN + "]");
        }
        SplittableRandom random = new SplittableRandom(SEED);
        int v = CharTokenizer.VOCABULARY;
        return new ModelWeights(
                hidden,
                gaussian(random, v * hidden, 1.0),
                gaussian(random, hidden * hidden, 1.5 / Math.sqrt(hidden)),
                gaussian(random, v * hidden, 1.0 / Math.sqrt(hidden)));
    }

    private static float[] gaussian(SplittableRandom random, int n, double scale) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            // Box-Muller from two uniforms; SplittableRandom has no nextGaussian on Java 11.
            double u = 1.0 - random.nextDouble();
            double w = random.nextDouble();
            values[i] = (float) (scale * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w));
        }
        return values;
    }

    public int hidden() {
        return hidden;
    }

    /** Multiply-accumulates one generated token costs: the recurrent step plus the output projection. */
    public long macsPerToken() {
        return (long) hidden * hidden + (long) CharTokenizer.VOCABULARY * hidden;
    }

    float[] embedding() {
        return embedding;
    }

    float[] recurrent() {
        return recurrent;
    }

    float[] output() {
        return output;
    }
}
