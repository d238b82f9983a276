package dev.sci4j.agent.it;

import dev.sci4j.api.FunctionalUnit;

/**
 * A stand-in application: burns the given milliseconds of its own CPU time in chunks (each a {@code busy} unit
 * when the agent runs and {@code sci4j-api} is on the class path), prints "done", exits normally. CPU time, not
 * wall time, so a busy test machine does not starve it below what the tests expect (at most 4x in wall time).
 */
public final class BusyApp {
    private BusyApp() {}

    public static void main(String[] args) {
        long millis = Long.parseLong(args[0]);
        if (args.length > 1 && args[1].equals("announce")) {
            System.out.println("ready " + ProcessHandle.current().pid());
            System.out.flush();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuEnd = threads.getCurrentThreadCpuTime() + millis * 1_000_000L;
        long wallEnd = System.nanoTime() + 4 * millis * 1_000_000L;
        double x = 0;
        while (threads.getCurrentThreadCpuTime() < cpuEnd && System.nanoTime() < wallEnd) {
            x += chunk();
        }
        System.out.println("done " + (x > 0));
    }

    @FunctionalUnit("busy")
    static double chunk() {
        double x = 0;
        for (int i = 1; i < 50_000; i++) {
            x += Math.sqrt(i);
        }
        return x;
    }
}
