package dev.sci4j.agent.bootstrap;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Cumulative counters per unit id: successful and failed completions, hand-overs to other threads
 * (continuations) and thread CPU nanoseconds; and each unit's CPU sampling period (see {@link #sampleEvery}).
 *
 * <p>Two ranges of ids share the counters. A <em>kind</em> id ({@code 0 … }{@value #MAX_UNITS}{@code − 1}) is
 * assigned once per name and counts the kind's <em>outermost</em> units; when they run out every further name
 * shares the id of {@value #OVERFLOW_NAME}. A <em>nesting path</em> id ({@value #MAX_UNITS}{@code … }{@value
 * #MAX_UNITS}{@code + }{@value #MAX_NESTED}{@code − 1}) is a kind counted inside a parent, which is a kind or
 * another path ({@link #nestedId}): {@code http POST /checkout > checkout > tax-calc}. CPU time is inclusive: a
 * unit's CPU time contains that of the units nested in it, so only outermost units add up to the process. The
 * hot path only adds to atomic arrays; the sampler thread reads them and computes deltas. Thread-safe and
 * lock-free.
 */
public final class UnitCounters {
    /** Distinct unit names one JVM can hold (configuration, annotations, API names and HTTP tags together). */
    public static final int MAX_UNITS = 256;
    /** The unit that takes every name beyond {@link #MAX_UNITS}. */
    public static final String OVERFLOW_NAME = "other";
    /** Distinct nesting paths one JVM can hold; a unit nested beyond them is part of its parent (not counted). */
    public static final int MAX_NESTED = 256;

    private static final int ALL_IDS = MAX_UNITS + MAX_NESTED;

    private static final AtomicReferenceArray<String> NAMES = new AtomicReferenceArray<>(MAX_UNITS);
    private static final AtomicLongArray OK = new AtomicLongArray(ALL_IDS);
    private static final AtomicLongArray FAILED = new AtomicLongArray(ALL_IDS);
    private static final AtomicLongArray CPU_NANOS = new AtomicLongArray(ALL_IDS);
    private static final AtomicLongArray CONTINUATIONS = new AtomicLongArray(MAX_UNITS);
    private static final AtomicIntegerArray SAMPLE_EVERY = new AtomicIntegerArray(MAX_UNITS);
    private static final AtomicIntegerArray NESTED = new AtomicIntegerArray(MAX_UNITS);
    private static final AtomicIntegerArray HTTP = new AtomicIntegerArray(MAX_UNITS);
    /** Per nesting path (index = id − MAX_UNITS): its parent's id and its kind; written before it is published. */
    private static final AtomicIntegerArray PATH_PARENT = new AtomicIntegerArray(MAX_NESTED);

    private static final AtomicIntegerArray PATH_KIND = new AtomicIntegerArray(MAX_NESTED);
    /** Open-addressing index (parent, kind) → path id + 1 (0 = empty); no allocation on lookup. */
    private static final AtomicIntegerArray PATH_INDEX = new AtomicIntegerArray(4 * MAX_NESTED);

    private static int nextPath; // guarded by UnitCounters.class
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

    /** Whether units of this kind are counted when nested in another declared unit. */
    public static boolean nested(int id) {
        return NESTED.get(id) != 0;
    }

    /** Marks a kind as an HTTP entry point's (set on each entry; a plain read when already set). */
    static void markHttp(int kind) {
        if (HTTP.get(kind) == 0) {
            HTTP.set(kind, 1);
        }
    }

    /** Whether this kind has been entered as an HTTP unit. */
    public static boolean http(int kind) {
        return kind >= 0 && kind < MAX_UNITS && HTTP.get(kind) != 0;
    }

    /** Whether {@code id} is a nesting path rather than a kind. */
    public static boolean isNested(int id) {
        return id >= MAX_UNITS;
    }

    /** The kind of a unit id: the id itself for a kind, the innermost kind of a nesting path. */
    public static int kindOf(int id) {
        return isNested(id) ? PATH_KIND.get(id - MAX_UNITS) : id;
    }

    /** The parent of a nesting path (a kind or a path), or −1 for a kind. */
    public static int parentOf(int id) {
        return isNested(id) ? PATH_PARENT.get(id - MAX_UNITS) : -1;
    }

    /** The outermost kind a unit id belongs to. */
    public static int rootOf(int id) {
        int u = id;
        while (isNested(u)) {
            u = PATH_PARENT.get(u - MAX_UNITS);
        }
        return u;
    }

    /** Number of nesting paths in use (ids {@value #MAX_UNITS} … {@value #MAX_UNITS} + this − 1 may be read). */
    public static synchronized int nestedSize() {
        return nextPath;
    }

    /**
     * The id of {@code kind} counted inside {@code parent} (a kind or a path), registering it on first use; −1
     * when all {@value #MAX_NESTED} paths are taken. Lock-free and allocation-free when known.
     */
    public static int nestedId(int parent, int kind) {
        int id = findPath(parent, kind);
        return id >= 0 ? id : registerPath(parent, kind);
    }

    private static int findPath(int parent, int kind) {
        int mask = PATH_INDEX.length() - 1;
        int i = pathSlot(parent, kind);
        for (int probes = 0; probes <= mask; probes++, i = (i + 1) & mask) {
            int slot = PATH_INDEX.get(i);
            if (slot == 0) {
                return -1;
            }
            int path = slot - 1;
            if (PATH_PARENT.get(path) == parent && PATH_KIND.get(path) == kind) {
                return MAX_UNITS + path;
            }
        }
        return -1;
    }

    private static int pathSlot(int parent, int kind) {
        return ((parent * 31 + kind) * 0x9E3779B1 >>> 16) & (PATH_INDEX.length() - 1);
    }

    private static synchronized int registerPath(int parent, int kind) {
        int id = findPath(parent, kind);
        if (id >= 0 || nextPath >= MAX_NESTED) {
            return id;
        }
        int path = nextPath++;
        PATH_PARENT.set(path, parent);
        PATH_KIND.set(path, kind);
        int mask = PATH_INDEX.length() - 1;
        int i = pathSlot(parent, kind);
        while (PATH_INDEX.get(i) != 0) {
            i = (i + 1) & mask; // never full: four slots per path
        }
        PATH_INDEX.set(i, path + 1);
        return MAX_UNITS + path;
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

    /** Work of the unit resumed on another thread (an executor hop); read to size its kind's sampling period. */
    static void continued(int id) {
        CONTINUATIONS.incrementAndGet(rootOf(id));
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
        int k = SAMPLE_EVERY.get(rootOf(id));
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
