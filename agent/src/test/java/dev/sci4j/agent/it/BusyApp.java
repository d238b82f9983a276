package dev.sci4j.agent.it;

import dev.sci4j.api.FunctionalUnit;

/**
 * A stand-in application: burns CPU for the given milliseconds in chunks (each a {@code busy} unit when the
 * agent runs and {@code sci4j-api} is on the class path), prints "done", exits normally.
 */
public final class BusyApp {
    private BusyApp() {
    }

    public static void main(String[] args) {
        long millis = Long.parseLong(args[0]);
        if (args.length > 1 && args[1].equals("announce")) {
            System.out.println("ready " + ProcessHandle.current().pid());
            System.out.flush();
        }
        long end = System.nanoTime() + millis * 1_000_000L;
        double x = 0;
        while (System.nanoTime() < end) {
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
