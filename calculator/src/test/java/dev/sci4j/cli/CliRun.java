package dev.sci4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;

/** Runs the CLI in-process and captures what a user would see. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        return at(Clock.systemUTC(), args);
    }

    /** Runs with {@code clock} as "now". */
    static CliRun at(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(clock, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    JsonNode json() {
        try {
            return JsonOutput.MAPPER.readTree(out);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON (exit " + exitCode + ", stderr: " + err + "): " + out, e);
        }
    }
}
