package dev.sci4j.agent.energy;

/**
 * A reading failed. Two cases: a failed read ({@link #rebaselined()} false) leaves the source's baseline where
 * it was, so the next good read covers the missed interval too and no energy is lost; an implausible delta
 * ({@link #rebaselined()} true) made the source restart its baseline, so the energy of that window is unknown
 * and the window must be dropped. Never does a failure read as zero.
 */
public final class EnergyReadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean rebaselined;

    public EnergyReadException(String message, boolean rebaselined, Throwable cause) {
        super(message, cause);
        this.rebaselined = rebaselined;
    }

    public boolean rebaselined() {
        return rebaselined;
    }
}
