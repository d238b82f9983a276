package dev.sci4j.agent.it;

import dev.sci4j.api.FunctionalUnit;
import dev.sci4j.api.FunctionalUnits;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * For {@code UnitsIT} on JDK 21+: units that run on virtual threads (their CPU time kept across mounts).
 * Compiled for Java 11, so the virtual-thread executor is looked up reflectively.
 */
public final class VirtualThreadsApp {
    private VirtualThreadsApp() {}

    @FunctionalUnit("virtual")
    public static void onVirtualThread() {
        spin(100);
    }

    public static void main(String[] args) throws Exception {
        ExecutorService virtual = (ExecutorService)
                Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        try {
            for (int i = 0; i < 4; i++) {
                virtual.submit(VirtualThreadsApp::onVirtualThread).get();
            }
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long mainCpu = threads.getCurrentThreadCpuTime();
            try (FunctionalUnits.Scope s = FunctionalUnits.scope("platform-to-virtual")) {
                Future<?> f = virtual.submit(() -> spin(600)); // a hop onto a virtual thread
                f.get();
            }
            System.out.println(
                    "main thread CPU in the scope ms " + (threads.getCurrentThreadCpuTime() - mainCpu) / 1e6);
        } finally {
            virtual.shutdown();
        }
        Thread.sleep(700);
        System.out.println("done");
    }

    /** Busy for {@code millis} of wall time. */
    private static void spin(long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        double x = 0;
        while (System.nanoTime() < end) {
            for (int i = 1; i < 10_000; i++) {
                x += Math.sqrt(i);
            }
        }
        if (x < 0) {
            System.out.println(x);
        }
    }
}
