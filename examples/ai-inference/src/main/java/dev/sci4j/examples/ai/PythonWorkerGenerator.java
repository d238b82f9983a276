package dev.sci4j.examples.ai;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model in a local Python worker process ({@code sci4j-ai-worker.py}, PyTorch, on CUDA when present), called
 * over one loopback connection: the pattern of a JVM in front of a local inference server, whose GPU work the
 * agent attributes to the service with {@code gpu.attribution=pids;gpu.processes=sci4j-ai-worker}. Requests are
 * served one at a time on the connection (the device serialises them anyway). Thread-safe.
 */
public final class PythonWorkerGenerator implements TokenGenerator {
    /** The worker script's file name; the regular expression {@code sci4j-ai-worker} finds its process. */
    public static final String SCRIPT = "sci4j-ai-worker.py";

    private static final Pattern LISTENING = Pattern.compile("sci4j-ai-worker listening on (\\d+) device (\\S+)");
    private static final long START_SECONDS = 120;
    private static final int READY_WITHIN_LINES = 200;

    private final Process process;
    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;
    private final String device;

    private PythonWorkerGenerator(Process process, Socket socket, String device) throws IOException {
        this.process = process;
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
        this.device = device;
    }

    /**
     * Starts {@code python} with the worker script and sends it the weights.
     *
     * @throws IOException with the reason when Python, PyTorch or the worker is not available
     */
    public static PythonWorkerGenerator start(String python, ModelWeights weights)
            throws IOException, InterruptedException {
        Path script = Files.createTempDirectory("sci4j-ai").resolve(SCRIPT);
        try (InputStream s = PythonWorkerGenerator.class.getResourceAsStream(SCRIPT)) {
            if (s == null) {
                throw new IOException(SCRIPT + " is missing from the jar");
            }
            Files.copy(s, script, StandardCopyOption.REPLACE_EXISTING);
        }
        script.toFile().deleteOnExit();
        script.getParent().toFile().deleteOnExit();
        Process process = new ProcessBuilder(python, script.toString())
                .redirectErrorStream(true)
                .start();
        try {
            Matcher m = awaitListening(process, TimeUnit.SECONDS.toMillis(START_SECONDS));
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(m.group(1)));
            socket.setTcpNoDelay(true);
            PythonWorkerGenerator worker = new PythonWorkerGenerator(process, socket, m.group(2));
            worker.sendWeights(weights);
            return worker;
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /**
     * Waits for the line that says where it listens, among its first {@value #READY_WITHIN_LINES} lines and
     * within {@value #START_SECONDS} s: PyTorch may warn before the worker is ready. Every other line is passed
     * on as {@code [ai-worker] …}; an exit, the time-out or too many other lines is the reason it cannot start.
     */
    static Matcher awaitListening(Process process, long timeoutMillis) throws IOException, InterruptedException {
        BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        // One thread reads all of the output, before and after the ready line: a full pipe would block the worker.
        Thread reader = new Thread(() -> read(r, lines), "ai-worker-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        String last = null;
        for (int seen = 0; seen < READY_WITHIN_LINES; seen++) {
            Optional<String> line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw notStarted(process, "it was not ready within " + timeoutMillis / 1000 + " s", last);
            }
            if (line.isEmpty()) {
                throw notStarted(process, "it ended", last);
            }
            Matcher m = LISTENING.matcher(line.get());
            if (m.find()) {
                return m;
            }
            System.err.println("[ai-worker] " + line.get());
            last = line.get();
        }
        throw notStarted(process, "its first " + READY_WITHIN_LINES + " lines did not say it was ready", last);
    }

    private static IOException notStarted(Process process, String why, String lastLine) throws InterruptedException {
        boolean exited = process.waitFor(1, TimeUnit.SECONDS);
        return new IOException("the Python worker did not start: " + why
                + (exited ? " (exit code " + process.exitValue() + ")" : "")
                + (lastLine == null ? "" : "; its last line: " + lastLine));
    }

    /** Queues each line until the ready line is taken, then prints the rest; an empty value marks the end. */
    private static void read(BufferedReader r, BlockingQueue<Optional<String>> lines) {
        boolean ready = false;
        try {
            for (String line; (line = r.readLine()) != null; ) {
                if (ready) {
                    System.err.println("[ai-worker] " + line);
                } else {
                    lines.add(Optional.of(line));
                    ready = LISTENING.matcher(line).find();
                }
            }
        } catch (IOException e) {
            // the worker ended
        }
        lines.add(Optional.empty());
    }

    private void sendWeights(ModelWeights weights) throws IOException {
        out.writeInt(CharTokenizer.VOCABULARY);
        out.writeInt(weights.hidden());
        for (float[] a : new float[][] {weights.embedding(), weights.recurrent(), weights.output()}) {
            ByteBuffer b = ByteBuffer.allocate(4 * a.length).order(ByteOrder.LITTLE_ENDIAN);
            b.asFloatBuffer().put(a);
            out.write(b.array());
        }
        out.flush();
    }

    @Override
    public synchronized int[] generate(int[] prompt, int maxNewTokens) throws IOException {
        out.writeInt(prompt.length);
        out.writeInt(maxNewTokens);
        for (int token : prompt) {
            out.writeInt(token);
        }
        out.flush();
        int n = in.readInt();
        if (n != maxNewTokens) {
            throw new IOException("the Python worker returned " + n + " tokens, not " + maxNewTokens);
        }
        int[] tokens = new int[n];
        for (int i = 0; i < n; i++) {
            tokens[i] = in.readInt();
        }
        return tokens;
    }

    @Override
    public String describe() {
        return "Python worker (pid " + process.pid() + ") on " + device;
    }

    @Override
    public boolean onGpu() {
        return device.startsWith("cuda");
    }

    /** Closing the connection ends the worker; it is killed if it has not ended within 5 s. */
    @Override
    public void close() {
        try {
            socket.close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
