package dev.sci4j.agent.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Launches and watches child JVMs for the integration tests; paths come from failsafe system properties. */
final class ChildJvm {
    static final Path AGENT_JAR = Path.of(System.getProperty("sci4j.it.agentJar", "../target/sci4j-agent.jar"));
    static final Path TEST_CLASSES = Path.of(System.getProperty("sci4j.it.testClasses", "target/test-classes"));
    static final Path LIBS = Path.of(System.getProperty("sci4j.it.libs", "target/it-libs"));
    static final Path WORK = Path.of(System.getProperty("sci4j.it.workDir", "target/it-work"));

    final Process process;
    final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static Path java(Path javaHome) {
        return javaHome.resolve("bin").resolve("java");
    }

    static Path currentJavaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    /** Starts {@code java <args>} with stdout and stderr going to {@code <name>.log} in the work directory. */
    static ChildJvm start(String name, Path javaHome, List<String> args) throws IOException {
        Files.createDirectories(WORK);
        Path log = WORK.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(java(javaHome).toString());
        command.addAll(args);
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ChildJvm(p, log);
    }

    /** Waits for the exit and returns the exit code; fails the test on timeout. */
    int waitFor(long seconds) throws Exception {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child JVM did not exit within " + seconds + " s; output:\n" + output());
        }
        return process.exitValue();
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** Waits until the output contains {@code text}. */
    void awaitOutput(String text, long seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (output().contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("child JVM never printed '" + text + "'; output:\n" + output());
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static Path fresh(String name) throws IOException {
        Path p = WORK.resolve(name);
        Files.createDirectories(WORK);
        Files.deleteIfExists(p);
        return p.toAbsolutePath();
    }
}
