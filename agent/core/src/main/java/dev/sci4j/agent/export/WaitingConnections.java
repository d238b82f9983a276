package dev.sci4j.agent.export;

import java.io.IOException;
import java.net.Socket;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The endpoint's connections that have not yet sent a whole request head, in the order they were accepted: the
 * ones a new connection may displace when every slot is taken. Eviction goes by age, not by remote address,
 * because a scraper may share its address with whoever holds the slots (localhost, a node's sidecar): a scraper
 * sends its head at once and so leaves this set within a round trip, while idle connections age to its front.
 * Thread-safe.
 */
final class WaitingConnections {
    private final Set<Socket> waiting = new LinkedHashSet<>();

    /** Records a connection just accepted, as the youngest. */
    synchronized void add(Socket connection) {
        waiting.add(connection);
    }

    /**
     * Records that {@code connection} has sent its head (or is done); {@code false} when it had been evicted
     * meanwhile, so it must not be served.
     */
    synchronized boolean remove(Socket connection) {
        return waiting.remove(connection);
    }

    /**
     * Closes the connection that has waited longest for its head, which makes its worker's blocked read fail at
     * once and frees the slot; {@code false} when no connection is waiting (every slot is serving a request).
     */
    boolean evictOldest() {
        Socket oldest;
        synchronized (this) {
            Iterator<Socket> it = waiting.iterator();
            if (!it.hasNext()) {
                return false;
            }
            oldest = it.next();
            it.remove();
        }
        try {
            oldest.close();
        } catch (IOException e) {
            // closed either way
        }
        return true;
    }
}
