package dev.sci4j.budget;

import java.nio.file.Path;
import java.util.List;

/**
 * SCI reports as repetitions: each report is one run, already scored with its own grid intensity (the
 * budget's grid is not applied). Immutable and thread-safe.
 */
public final class ReportScores implements ScoreSource {
    private final List<ReportedScore> reports;

    public ReportScores(List<ReportedScore> reports) {
        this.reports = List.copyOf(reports);
    }

    /** Reads each file's {@link ReportedScore} fields now. */
    public static ReportScores read(List<Path> files) {
        return new ReportScores(files.stream().map(ReportJson::read).toList());
    }

    @Override
    public List<RunScore> runs(String unitName) {
        return reports.stream()
                .filter(r -> r.functionalUnit().equals(unitName))
                .map(ReportedScore::toRunScore)
                .toList();
    }

    @Override
    public String describe() {
        return reports.size() + " SCI report" + (reports.size() == 1 ? "" : "s");
    }
}
