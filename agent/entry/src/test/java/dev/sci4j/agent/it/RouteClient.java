package dev.sci4j.agent.it;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The client side of the servlet services ({@link ServletRoutes}, {@link JettyEe8App}) and the CPU they burn: in a
 * class of its own, without servlet or Spring types, so that the {@code javax} application can load it.
 */
final class RouteClient {
    private RouteClient() {}

    /** Sends {@link ServletRoutes#REQUESTS} requests per route, then scrapes {@code args[0]}'s endpoint if given. */
    static void sendRequests(int port, String[] args) throws IOException, InterruptedException {
        for (int i = 0; i < ServletRoutes.REQUESTS; i++) {
            expect(port, "/light?i=" + i, 200);
            expect(port, "/orders/" + i, 200);
            expect(port, "/nothing/" + i, 404);
            expect(port, "/boom?i=" + i, 500);
            expect(port, "/owners/" + i, 200);
            expect(port, "/api/pets/" + i, 200);
            expect(port, "/async?i=" + i, 200);
        }
        if (args.length > 0) {
            for (int i = 0; i < ServletRoutes.REQUESTS; i++) {
                scrape(Integer.parseInt(args[0]));
            }
        }
    }

    static void expect(int port, String path, int status) throws IOException {
        int got = get(port, path);
        if (got != status) {
            throw new IllegalStateException(path + " answered " + got + ", not " + status);
        }
    }

    /** The endpoint starts at the agent's first interval: retried until it answers, for at most 30 s. */
    private static void scrape(int port) throws IOException, InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try {
                expect(port, "/metrics", 200);
                return;
            } catch (ConnectException e) {
                if (System.nanoTime() > end) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private static int get(int port, String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection)
                URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
        int status = c.getResponseCode();
        try (InputStream body = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            if (body != null) {
                body.readAllBytes();
            }
        }
        return status;
    }

    /**
     * Burns {@code millis} ms of this thread's CPU time, not wall time: on a busy machine (this 2-core one at a load
     * of 16) a long burst by the wall clock gets a smaller share of a core than a short one, which blurs an 8×
     * ratio. A virtual thread has no CPU clock of its own, so there it does the fixed amount of work that took
     * {@code millis} ms of CPU on a platform thread.
     */
    static void burn(long millis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        if (start < 0) {
            spin(Math.round(millis * Calibration.ROUNDS_PER_MS));
            return;
        }
        long end = start + millis * 1_000_000L;
        while (threads.getCurrentThreadCpuTime() < end) {
            spin(1);
        }
    }

    private static double sink;

    private static void spin(long rounds) {
        double x = sink;
        for (long r = 0; r < rounds; r++) {
            for (int i = 0; i < 1000; i++) {
                x += Math.sqrt(x + i);
            }
        }
        sink = x;
    }

    /** How many {@link #spin} rounds take 1 ms of CPU, measured once (on first use) on a platform thread. */
    private static final class Calibration {
        static final double ROUNDS_PER_MS = roundsPerMs();
    }

    // Outside Calibration: the measuring thread runs this lambda while Calibration is still being initialised.
    private static double roundsPerMs() {
        double[] result = new double[1];
        Thread t = new Thread(() -> {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            spin(20_000); // compiled before it is timed
            long start = threads.getCurrentThreadCpuTime();
            spin(20_000);
            result[0] = 20_000 / ((threads.getCurrentThreadCpuTime() - start) / 1e6);
        });
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return result[0];
    }
}
