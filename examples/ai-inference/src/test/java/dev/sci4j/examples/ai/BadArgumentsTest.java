package dev.sci4j.examples.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The programs' mains, run as a user runs them: a bad argument is one sentence and exit code 2. */
class BadArgumentsTest {
    @Test
    void theServiceRefusesAPortThatIsNotANumberInOneLine() throws Exception {
        Ran r = java(InferenceServer.class, "--port", "80a");

        assertThat(r.code).isEqualTo(Arguments.BAD_ARGUMENTS);
        assertOneSentence(r.err, "ai-inference: --port needs a whole number from 0 to 65535, not '80a'");
    }

    @Test
    void theServiceRefusesAnUnknownOptionInOneLine() throws Exception {
        Ran r = java(InferenceServer.class, "--gpu", "yes");

        assertThat(r.code).isEqualTo(Arguments.BAD_ARGUMENTS);
        assertOneSentence(r.err, "ai-inference: unknown option --gpu");
    }

    @Test
    void theLoadDriverRefusesSecondsThatAreNotANumberInOneLine() throws Exception {
        Ran r = java(LoadDriver.class, "http://127.0.0.1:1", "ten");

        assertThat(r.code).isEqualTo(Arguments.BAD_ARGUMENTS);
        assertOneSentence(r.err, "LoadDriver: SECONDS needs a number of seconds, not 'ten'");
    }

    @Test
    void theLoadDriverRefusesARemoteTargetInOneLine() throws Exception {
        Ran r = java(LoadDriver.class, "http://192.0.2.1:8080", "1");

        assertThat(r.code).isEqualTo(Arguments.BAD_ARGUMENTS);
        assertOneSentence(r.err, "LoadDriver: the load driver only targets loopback addresses");
    }

    @Test
    void theLoadDriverWithoutArgumentsSaysWhatItNeeds() throws Exception {
        Ran r = java(LoadDriver.class);

        assertThat(r.code).isEqualTo(Arguments.BAD_ARGUMENTS);
        assertOneSentence(r.err, "LoadDriver: needs the service's URL and the seconds of load");
    }

    private static void assertOneSentence(String err, String start) {
        assertThat(err)
                .startsWith(start)
                .contains("(usage: ")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(err.strip().lines()).hasSize(1);
    }

    private static final class Ran {
        final int code;
        final String err;

        Ran(int code, String err) {
            this.code = code;
            this.err = err;
        }
    }

    private static Ran java(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not end: " + err);
        }
        return new Ran(p.exitValue(), err);
    }
}
