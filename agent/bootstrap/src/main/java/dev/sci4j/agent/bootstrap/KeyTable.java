package dev.sci4j.agent.bootstrap;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A fixed-size, insert-only, lock-free hash table from a pair of keys to an int: readers probe without locks
 * or allocation (identity first, then {@code equals}); writers are serialised by their callers. When full,
 * {@link #put} does nothing and lookups keep missing, so callers fall back to an overflow id.
 */
final class KeyTable {
    private static final class Entry {
        final Object first;
        final Object second;
        final int value;

        Entry(Object first, Object second, int value) {
            this.first = first;
            this.second = second;
            this.value = value;
        }
    }

    private final AtomicReferenceArray<Entry> slots;
    private final int mask;

    KeyTable(int capacityPowerOfTwo) {
        slots = new AtomicReferenceArray<>(capacityPowerOfTwo);
        mask = capacityPowerOfTwo - 1;
    }

    /** The value for the pair, or −1. */
    int get(Object first, Object second) {
        int i = index(first, second);
        for (int probes = 0; probes <= mask; probes++, i = (i + 1) & mask) {
            Entry e = slots.get(i);
            if (e == null) {
                return -1;
            }
            if (same(e.first, first) && same(e.second, second)) {
                return e.value;
            }
        }
        return -1;
    }

    void put(Object first, Object second, int value) {
        int i = index(first, second);
        for (int probes = 0; probes <= mask; probes++, i = (i + 1) & mask) {
            if (slots.compareAndSet(i, null, new Entry(first, second, value))) {
                return;
            }
        }
    }

    private int index(Object first, Object second) {
        int h = first.hashCode() * 31 + (second == null ? 0 : second.hashCode());
        return (h ^ (h >>> 16)) & mask;
    }

    private static boolean same(Object a, Object b) {
        return a == b || (a != null && a.equals(b));
    }
}
