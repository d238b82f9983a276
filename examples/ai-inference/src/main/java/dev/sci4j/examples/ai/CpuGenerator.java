package dev.sci4j.examples.ai;

/**
 * The model in this JVM: per token, a recurrent step {@code h = tanh(W·h + E[token])} (hidden² multiply-adds)
 * and, for generated tokens, the output projection {@code argmax(U·h)} (vocabulary × hidden). Plain scalar
 * float loops: real CPU work, about 0.1–1 ms per token at the default hidden size. Thread-safe: the weights are
 * only read and each call has its own state.
 */
public final class CpuGenerator implements TokenGenerator {
    private final ModelWeights weights;

    public CpuGenerator(ModelWeights weights) {
        this.weights = weights;
    }

    @Override
    public int[] generate(int[] prompt, int maxNewTokens) {
        int n = weights.hidden();
        float[] h = new float[n];
        float[] next = new float[n];
        for (int token : prompt) {
            step(h, token, next);
            float[] t = h;
            h = next;
            next = t;
        }
        int[] out = new int[maxNewTokens];
        for (int i = 0; i < maxNewTokens; i++) {
            out[i] = argmaxLogit(h);
            step(h, out[i], next);
            float[] t = h;
            h = next;
            next = t;
        }
        return out;
    }

    private void step(float[] h, int token, float[] next) {
        int n = h.length;
        float[] w = weights.recurrent();
        float[] e = weights.embedding();
        for (int j = 0; j < n; j++) {
            next[j] = (float) Math.tanh(dot(w, j * n, h) + e[token * n + j]);
        }
    }

    private int argmaxLogit(float[] h) {
        float[] u = weights.output();
        int best = 0;
        float bestLogit = Float.NEGATIVE_INFINITY;
        for (int token = 0; token < CharTokenizer.VOCABULARY; token++) {
            float logit = dot(u, token * h.length, h);
            if (logit > bestLogit) {
                bestLogit = logit;
                best = token;
            }
        }
        return best;
    }

    /** Four partial sums: float reductions are not vectorised by the JIT, this at least overlaps the adds. */
    private static float dot(float[] matrix, int offset, float[] v) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int k = 0;
        for (; k + 3 < v.length; k += 4) {
            s0 += matrix[offset + k] * v[k];
            s1 += matrix[offset + k + 1] * v[k + 1];
            s2 += matrix[offset + k + 2] * v[k + 2];
            s3 += matrix[offset + k + 3] * v[k + 3];
        }
        for (; k < v.length; k++) {
            s0 += matrix[offset + k] * v[k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public String describe() {
        return "in the JVM (CPU), hidden size " + weights.hidden();
    }

    @Override
    public boolean onGpu() {
        return false;
    }
}
