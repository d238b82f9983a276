package dev.sci4j.examples.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs the real worker script where a Python with PyTorch exists (on CUDA if it has one); skips elsewhere. */
class PythonWorkerGeneratorTest {
    @Test
    void theWorkerRunsTheSameModelAsTheJvm() throws Exception {
        String python = pythonWithTorch();
        Assumptions.assumeTrue(python != null, "skipped: no python3 with PyTorch here (the worker is optional)");
        ModelWeights weights = ModelWeights.generate(64);
        int[] prompt = CharTokenizer.encode("Hello, worker");
        try (PythonWorkerGenerator worker = PythonWorkerGenerator.start(python, weights)) {
            assertThat(worker.describe()).startsWith("Python worker (pid ");
            int[] remote = worker.generate(prompt, 30);
            int[] local = new CpuGenerator(weights).generate(prompt, 30);
            assertThat(remote).hasSize(30);
            // Float sums in another order drift apart over a chaotic recurrence: the first tokens must agree.
            assertThat(Arrays.copyOf(remote, 5)).isEqualTo(Arrays.copyOf(local, 5));
            assertThat(worker.generate(new int[0], 3)).hasSize(3);
        }
    }

    private static String pythonWithTorch() throws InterruptedException {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import torch").start();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return python;
                }
                p.destroyForcibly();
            } catch (java.io.IOException e) {
                // not installed: try the next
            }
        }
        return null;
    }
}
