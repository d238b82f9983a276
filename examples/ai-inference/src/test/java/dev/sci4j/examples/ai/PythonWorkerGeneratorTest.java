package dev.sci4j.examples.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
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

    @Test
    void theReadyLineIsFoundAfterWarningsPrintedBeforeIt() throws Exception {
        Process p = shell("echo 'UserWarning: CUDA initialization: no device'; echo '  warnings.warn('; "
                + "echo 'sci4j-ai-worker listening on 40123 device cpu'; sleep 5");
        try {
            Matcher m = PythonWorkerGenerator.awaitListening(p, 20_000);

            assertThat(m.group(1)).isEqualTo("40123");
            assertThat(m.group(2)).isEqualTo("cpu");
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void aWorkerThatEndsWithoutTheReadyLineFailsAtOnceWithItsLastLine() throws Exception {
        Process p = shell("echo 'ModuleNotFoundError: No module named torch'; exit 1");
        long started = System.nanoTime();

        assertThatThrownBy(() -> PythonWorkerGenerator.awaitListening(p, 60_000))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("it ended")
                .hasMessageContaining("exit code 1")
                .hasMessageContaining("No module named torch");
        assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(30));
    }

    @Test
    void aWorkerThatSaysNothingUsefulWithinTheTimeOutFails() throws Exception {
        Process p = shell("echo 'loading ...'; sleep 30");
        try {
            assertThatThrownBy(() -> PythonWorkerGenerator.awaitListening(p, 500))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("not ready within")
                    .hasMessageContaining("loading ...");
        } finally {
            p.destroyForcibly();
        }
    }

    private static Process shell(String script) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "skipped: no /bin/sh to play the worker");
        return new ProcessBuilder("/bin/sh", "-c", script)
                .redirectErrorStream(true)
                .start();
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
