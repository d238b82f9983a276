package dev.sci4j.agent.bootstrap;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Cumulative counters per unit id: successful and failed completions, hand-overs to other threads
 * (continuations) and thread CPU nanoseconds; and each unit's CPU sampling period (see {@link #sampleEvery}).
 * Ids are dense
 * ({@code 0 … }{@value #MAX_UNITS}{@code − 1}), assigned once per name; when they run out every further name
 * shares the id of {@value #OVERFLOW_NAME}. The hot path only adds to atomic arrays; the sampler thread reads
 * them and computes deltas. Thread-safe and lock-free.
 */
public final class UnitCounters {
    /** Distinct unit names one JVM can hold (configuration, annotations, API names and HTTP tags together). */
    public static final int MAX_UNITS = 256;
    /** The unit that takes every name beyond {@link #MAX_UNITS}. */
    public static final String OVERFLOW_NAME = "other";

    private static final AtomicReferenceArray<String> NAMES = new AtomicReferenceArray<>(MAX_UNITS);
    private static final AtomicLongArray OK = new AtomicLongArray(MAX_UNITS);
    private static final AtomicLongArray FAILED = new AtomicLongArray(MAX_UNITS);
    private static final AtomicLongArray CPU_NANOS = new AtomicLongArray(MAX_UNITS);
    private static final AtomicLongArray CONTINUATIONS = new AtomicLongArray(MAX_UNITS);
    private static final AtomicIntegerArray SAMPLE_EVERY = new AtomicIntegerArray(MAX_UNITS);
    private static final AtomicIntegerArray NESTED = new AtomicIntegerArray(MAX_UNITS);
    private static final KeyTable BY_NAME = new KeyTable(1024);
    private static final Object NAME_KEY = new Object();
    private static final int OVERFLOW_ID = 0;
    private static int next = 1; // guarded by UnitCounters.class (registration is rare, off the hot path)

    static {
        NAMES.set(OVERFLOW_ID, OVERFLOW_NAME);
    }

    private UnitCounters() {}

    /**
     * The id of {@code name}, registering it on first use. Lock-free when the name is known (a hash probe by
     * identity, then equality: string literals hit on identity); synchronized only on the first use of a name.
     */
    public static int id(String name) {
        if (name == null) {
            return OVERFLOW_ID;
        }
        int id = BY_NAME.get(NAME_KEY, name);
        return id >= 0 ? id : register(name);
    }

    private static synchronized int register(String name) {
        int id = BY_NAME.get(NAME_KEY, name);
        if (id >= 0) {
            return id;
        }
        id = newId(name);
        BY_NAME.put(NAME_KEY, name, id);
        return id;
    }

    /** A new id for {@code name} (the overflow id when all are taken); callers make names unique. */
    static synchronized int newId(String name) {
        if (next >= MAX_UNITS) {
            return OVERFLOW_ID;
        }
        int id = next++;
        NAMES.set(id, name);
        return id;
    }

    /** Name of the id, or null if the id was never assigned. */
    public static String name(int id) {
        return id >= 0 && id < MAX_UNITS ? NAMES.get(id) : null;
    }

    /** Number of ids in use (ids below it may be read). */
    public static synchronized int size() {
        return next;
    }

    /** Declares that units of this name are counted even when they run inside another unit. */
    public static void declareNested(String name) {
        int id = id(name);
        if (id != OVERFLOW_ID) {
            NESTED.set(id, 1);
        }
    }

    /** Whether units of this id are counted when nested in another unit. */
    public static boolean nested(int id) {
        return NESTED.get(id) != 0;
    }

    public static void completed(int id, boolean failed) {
        (failed ? FAILED : OK).incrementAndGet(id);
    }

    public static void add(int id, long count) {
        if (count > 0) {
            OK.addAndGet(id, count);
        }
    }

    public static void addCpuNanos(int id, long nanos) {
        if (nanos > 0) {
            CPU_NANOS.addAndGet(id, nanos);
        }
    }

    /** Work of the unit resumed on another thread (an executor hop); read to size the sampling period. */
    static void continued(int id) {
        CONTINUATIONS.incrementAndGet(id);
    }

    public static long continuations(int id) {
        return CONTINUATIONS.get(id);
    }

    /**
     * The unit's CPU sampling period k, a power of two ≥ 1: a unit tree that starts on a thread has its thread
     * CPU time measured with probability 1/k, and what is measured is charged k times (an unbiased estimate).
     * 1, the initial value, measures every unit. Set by the sampler thread from the unit's rate.
     */
    public static int sampleEvery(int id) {
        int k = SAMPLE_EVERY.get(id);
        return k > 0 ? k : 1;
    }

    /** Sets the sampling period; {@code k} must be a power of two ≥ 1. */
    public static void sampleEvery(int id, int k) {
        if (k < 1 || Integer.bitCount(k) != 1) {
            throw new IllegalArgumentException("sampling period must be a power of two >= 1: " + k);
        }
        SAMPLE_EVERY.set(id, k);
    }

    public static long ok(int id) {
        return OK.get(id);
    }

    public static long failed(int id) {
        return FAILED.get(id);
    }

    public static long cpuNanos(int id) {
        return CPU_NANOS.get(id);
    }
}
