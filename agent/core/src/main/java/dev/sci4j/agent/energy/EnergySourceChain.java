package dev.sci4j.agent.energy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * The energy sources to try, best first. {@link #openNext(Consumer)} opens the next one that works, reporting
 * each one that does not; the sampler calls it again when the current source keeps failing, so the agent
 * degrades instead of stopping. Not thread-safe.
 */
public final class EnergySourceChain {
    /** Opens one kind of source. */
    public interface Opener {
        String name();

        EnergySource open() throws EnergySourceUnavailableException;
    }

    private final Deque<Opener> remaining;

    public EnergySourceChain(List<Opener> openers) {
        this.remaining = new ArrayDeque<>(openers);
    }

    /**
     * The next source that opens, or {@code null} when none is left.
     *
     * @param log receives one line per source that could not be opened
     */
    public EnergySource openNext(Consumer<String> log) {
        while (!remaining.isEmpty()) {
            Opener o = remaining.removeFirst();
            try {
                return o.open();
            } catch (EnergySourceUnavailableException | RuntimeException | LinkageError e) {
                String next = remaining.isEmpty()
                        ? "no other source left"
                        : "trying " + remaining.peekFirst().name();
                log.accept("energy source " + o.name() + " unavailable: " + e.getMessage() + "; " + next);
            }
        }
        return null;
    }

    /** Names of the sources not tried yet, best first. */
    public List<String> remainingNames() {
        return remaining.stream().map(Opener::name).collect(java.util.stream.Collectors.toList());
    }
}
