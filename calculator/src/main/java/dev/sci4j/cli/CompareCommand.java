package dev.sci4j.cli;

import dev.sci4j.compare.Comparison;
import dev.sci4j.compare.ComparisonJson;
import dev.sci4j.compare.ComparisonPage;
import dev.sci4j.compare.ComparisonReport;
import dev.sci4j.compare.VendorComparison;
import dev.sci4j.i18n.Language;
import dev.sci4j.i18n.Messages;
import dev.sci4j.profile.ProcurementProfile;
import dev.sci4j.profile.Profiles;
import dev.sci4j.report.ReportJson;
import dev.sci4j.sign.Ed25519Keys;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sci4j compare}: vendor reports under one procurement profile, for procurement officers. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Compare vendors' SCI reports under a procurement profile: verify each (schema, signature, recomputation),",
            "check every profile requirement, recompute under the profile's grid normalisation and rank with 95 %% intervals.",
            "Non-conformant reports are listed with their reasons; the comparison completes for the others (exit 0)."
        })
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--profile",
            required = true,
            paramLabel = "P",
            description = "Procurement profile id or YAML file.")
    String profile;

    @Parameters(arity = "1..*", paramLabel = "REPORT", description = "Vendor reports (JSON).")
    List<Path> reports;

    @Option(names = "--lang", paramLabel = "zh-TW|en", description = "Language (default: the profile's).")
    String lang;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained accessible HTML page.")
    Path html;

    @Option(names = "--json", description = "Print JSON instead of the table.")
    boolean json;

    @Option(
            names = "--public-key",
            paramLabel = "FILE",
            description = "Vendors' public keys (repeat); when given, every report must be signed by one of them.")
    List<Path> publicKeys;

    @Override
    public Integer call() throws IOException {
        OutputFiles.check("--html", html, OutputFiles.inputs(reports, publicKeys));
        ProcurementProfile p = Profiles.load(profile);
        Messages m = Messages.of(lang == null ? p.defaultLanguage() : Language.parse(lang, "--lang"));
        List<PublicKey> keys = publicKeys == null
                ? List.of()
                : publicKeys.stream().map(Ed25519Keys::readPublic).toList();
        Comparison c = VendorComparison.compare(p, reports, keys, Instant.now());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, ComparisonJson.of(c, m));
        } else {
            ComparisonReport.printTable(c, m, out);
        }
        if (html != null) {
            OutputFiles.write("--html", html, f -> ReportJson.writeAtomically(ComparisonPage.render(c, m), f));
            if (!json) {
                out.println(m.get("cli.wroteHtml", html));
            }
        }
        return Main.OK;
    }
}
