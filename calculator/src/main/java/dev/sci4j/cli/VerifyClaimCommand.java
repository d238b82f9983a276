package dev.sci4j.cli;

import dev.sci4j.compare.ClaimVerification;
import dev.sci4j.i18n.Formats;
import dev.sci4j.i18n.Language;
import dev.sci4j.i18n.Messages;
import dev.sci4j.input.Checks;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.profile.ProcurementProfile;
import dev.sci4j.profile.Profiles;
import dev.sci4j.report.InvalidReportException;
import dev.sci4j.report.MeasuredFacts;
import dev.sci4j.report.ReportJson;
import dev.sci4j.report.SciReport;
import dev.sci4j.score.MeasurementInput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sci4j verify-claim}: a vendor's claim checked against a re-measurement (查證). */
@Command(
        name = "verify-claim",
        mixinStandardHelpOptions = true,
        description = {
            "Check a vendor's claim against a re-measurement of the same software under the same profile (查證):",
            "both are scored by the profile's rules; the claim is consistent when the 95 %% interval of their",
            "difference contains zero. Exit 0 consistent, 1 inconsistent, 2 bad input."
        })
final class VerifyClaimCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--report", required = true, paramLabel = "FILE", description = "The vendor's report (JSON).")
    Path report;

    @Option(
            names = "--measurement",
            required = true,
            paramLabel = "FILE",
            description = "A measurement file of the re-measurement; repeat once per repetition.")
    List<Path> measurements;

    @Option(
            names = "--profile",
            paramLabel = "P",
            description = "Procurement profile id or YAML file (default: the bundled profile the report names).")
    String profile;

    @Option(
            names = "--units",
            paramLabel = "N",
            description = "R per repetition of the re-measurement, only when its files hold no unit counts.")
    Double units;

    @Option(names = "--lang", paramLabel = "zh-TW|en", description = "Language (default: the profile's).")
    String lang;

    @Override
    public Integer call() {
        SciReport r;
        try {
            r = ReportJson.read(report).report();
        } catch (InvalidReportException e) {
            throw new InvalidInputException("--report " + report + ": " + e.getMessage());
        }
        ProcurementProfile p = Profiles.load(profile == null ? r.profile().id() : profile);
        if (!p.id().equals(r.profile().id()) || p.version() != r.profile().version()) {
            throw new InvalidInputException(
                    "--profile: the report was made under " + r.profile().id() + " version "
                            + r.profile().version() + ", not " + p.id() + " version " + p.version());
        }
        if (units != null) {
            Checks.positive(units, "--units");
        }
        List<Measurement> files =
                measurements.stream().map(MeasurementInput::load).toList();
        List<String> labels = measurements.stream().map(Path::toString).toList();
        ClaimVerification v = ClaimVerification.verify(p, r, files, labels, units);
        Messages m = Messages.of(lang == null ? p.defaultLanguage() : Language.parse(lang, "--lang"));
        Formats f = Formats.of(m.language());
        String unit = "gCO2e/" + p.functionalUnit().name();
        PrintWriter out = spec.commandLine().getOut();
        out.println(m.get(
                v.consistent() ? "claim.consistent" : "claim.inconsistent",
                r.vendor().name()));
        out.println(m.get(
                "claim.scores",
                f.number(v.claimed().sciGPerUnit()),
                f.number(v.remeasured().sciGPerUnit()),
                unit,
                r.usageScenario().repetitions(),
                files.size()));
        out.println(m.get(
                "claim.difference",
                f.number(v.differenceGPerUnit()),
                f.number(v.lowDifferenceGPerUnit()),
                f.number(v.highDifferenceGPerUnit()),
                unit));
        reference(p, files, v, m).ifPresent(out::println);
        out.println(m.get("claim.proves"));
        return v.consistent() ? Main.OK : Main.FAILURE;
    }

    /**
     * Whether the re-measurement ran on the profile's reference environment, as far as its files show; empty when
     * the profile names none. A mismatch does not change the verdict's exit code: the verdict still holds for
     * the machine measured, and the line says so.
     */
    private static Optional<String> reference(
            ProcurementProfile p, List<Measurement> files, ClaimVerification v, Messages m) {
        if (p.referenceEnvironment() == null) {
            return Optional.empty();
        }
        if (v.referenceDifferences().isEmpty()) {
            return Optional.of(m.get(
                    "claim.referenceSame",
                    m.get(
                            "hardware.cores",
                            String.join(m.get("list.separator"), MeasuredFacts.cpuModels(files)),
                            MeasuredFacts.logicalCores(files))));
        }
        List<String> parts = v.referenceDifferences().stream()
                .map(d -> m.get("claim.reference." + d.field(), d.stated(), d.measured()))
                .toList();
        return Optional.of(m.get(
                "claim.referenceOther",
                String.join(m.get("list.separator"), parts),
                p.referenceEnvironment().hardware().in(m.language())));
    }
}
