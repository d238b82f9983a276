package dev.sci4j.measurement;

import java.io.IOException;

/**
 * A measurement file that cannot be read: malformed JSON, a missing or invalid field, or an unsupported
 * schema version. The message names the file, the line and column, and the field path
 * (e.g. {@code samples[3].processCpuSeconds}).
 */
public final class InvalidMeasurementException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String field;

    InvalidMeasurementException(String source, int line, int column, String field, String problem, Throwable cause) {
        super(source + ": line " + line + ", column " + column + ", field " + field + ": " + problem, cause);
        this.source = source;
        this.line = line;
        this.field = field;
    }

    /** The file (or other source) that was read. */
    public String source() {
        return source;
    }

    /** 1-based line of the problem, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** Path of the offending field, e.g. {@code run.energySource.kind}; {@code (document)} for syntax errors. */
    public String field() {
        return field;
    }
}
