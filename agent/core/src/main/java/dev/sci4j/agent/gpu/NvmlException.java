package dev.sci4j.agent.gpu;

/** An NVML call returned an error; {@link #code()} is NVML's {@code nvmlReturn_t}. */
public final class NvmlException extends Exception {
    private static final long serialVersionUID = 1L;

    /** {@code NVML_ERROR_NOT_SUPPORTED}: the device cannot do this (e.g. no energy counter before Volta). */
    public static final int NOT_SUPPORTED = 3;
    /** {@code NVML_ERROR_NOT_FOUND}: e.g. no process-utilisation sample since the given time. */
    public static final int NOT_FOUND = 6;
    /** {@code NVML_ERROR_INSUFFICIENT_SIZE}: the buffer was too small; the count says how many are needed. */
    public static final int INSUFFICIENT_SIZE = 7;
    /** {@code NVML_ERROR_GPU_IS_LOST}: the device fell off the bus or stopped answering. */
    public static final int GPU_IS_LOST = 15;

    private final int code;

    public NvmlException(String call, int code, String message) {
        super(call + " failed: " + message + " (NVML error " + code + ")");
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean notSupported() {
        return code == NOT_SUPPORTED;
    }
}
