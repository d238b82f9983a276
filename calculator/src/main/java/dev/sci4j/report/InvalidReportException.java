package dev.sci4j.report;

import dev.sci4j.input.InvalidInputException;
import java.util.List;

/**
 * A report that does not follow the report schema. The message names the file and every offending field;
 * {@link #problem()} and {@link #fields()} let a comparison say the same in another language.
 */
public final class InvalidReportException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final ReportProblem problem;
    private final List<String> fields;

    public InvalidReportException(String source, ReportProblem problem, List<String> fields, String message) {
        super(source + ": " + message);
        this.problem = problem;
        this.fields = List.copyOf(fields);
    }

    public ReportProblem problem() {
        return problem;
    }

    /** The fields concerned (dotted paths) or, for {@link ReportProblem#MALFORMED}, the detail. */
    public List<String> fields() {
        return fields;
    }
}
