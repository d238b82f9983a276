package dev.sci4j.grid;

import java.time.Duration;
import java.time.Instant;

/** A value read from a file, before its duration is known; {@code line} is kept for error messages. */
record RawPoint(Instant start, Duration durationOrNull, double gramsPerKwh, long line) {}
