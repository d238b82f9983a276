package dev.sci4j.benchmarks.load;

/** The short-lived JVM of {@link ShortJvmBenchmark}: one line, then exit. */
public final class TrivialMain {
    private TrivialMain() {}

    public static void main(String[] args) {
        System.out.println("done");
    }
}
