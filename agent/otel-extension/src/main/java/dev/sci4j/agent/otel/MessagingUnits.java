package dev.sci4j.agent.otel;

import dev.sci4j.agent.bootstrap.UnitCounters;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Unit ids for processed messages, named {@code messaging process DESTINATION}. Cardinality is bounded as the
 * agent's HTTP routes are ({@link dev.sci4j.agent.bootstrap.HttpUnits}): after a fixed number of distinct
 * destinations ({@value #MAX_DESTINATIONS} in the extension) every new one goes to {@value #OVERFLOW_NAME}, so
 * generated destination names (a queue per tenant) cannot take the ids of the other units. Lookups of a known
 * destination take no lock and allocate nothing. Thread-safe.
 */
final class MessagingUnits {
    static final int MAX_DESTINATIONS = 64;
    static final String OVERFLOW_NAME = "messaging other";
    static final String PREFIX = "messaging process ";

    private final ConcurrentHashMap<String, Integer> byDestination = new ConcurrentHashMap<>();
    private final int maxDestinations;
    private volatile int overflowId = -1;

    MessagingUnits(int maxDestinations) {
        this.maxDestinations = maxDestinations;
    }

    /** The unit id of processing a message from {@code destination} (already a bounded name, never null). */
    int id(String destination) {
        Integer id = byDestination.get(destination);
        return id != null ? id : register(destination);
    }

    private synchronized int register(String destination) {
        Integer id = byDestination.get(destination);
        if (id != null) {
            return id;
        }
        if (byDestination.size() >= maxDestinations) {
            if (overflowId < 0) {
                overflowId = UnitCounters.id(OVERFLOW_NAME);
            }
            return overflowId;
        }
        int newId = UnitCounters.id(PREFIX + destination);
        byDestination.put(destination, newId);
        return newId;
    }
}
