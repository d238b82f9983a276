package dev.sci4j.agent.energy;

/** A source cannot be opened on this machine (no RAPL, unreadable counters, missing host file, …). */
public final class EnergySourceUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public EnergySourceUnavailableException(String message) {
        super(message);
    }

    public EnergySourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
