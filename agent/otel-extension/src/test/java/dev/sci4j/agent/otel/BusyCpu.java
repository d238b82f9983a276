package dev.sci4j.agent.otel;

/** CPU work for the tests that check where CPU time goes. */
final class BusyCpu {
    private BusyCpu() {}

    /** About 20 ms of CPU on the calling thread; returns a value so the work is not optimised away. */
    static long burn() {
        long x = 1;
        long until = System.nanoTime() + 20_000_000;
        while (System.nanoTime() < until) {
            for (int i = 0; i < 10_000; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
        }
        return x;
    }
}
