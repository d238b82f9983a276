package dev.sci4j.cli;

import dev.sci4j.compare.Comparison;
import dev.sci4j.compare.ComparisonJson;
import dev.sci4j.compare.ComparisonPage;
import dev.sci4j.compare.ComparisonReport;
import dev.sci4j.compare.VendorComparison;
import dev.sci4j.compare.VendorKeys;
import dev.sci4j.i18n.Language;
import dev.sci4j.i18n.Messages;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.profile.ProcurementProfile;
import dev.sci4j.profile.Profiles;
import dev.sci4j.report.ReportJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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

    @Option(
            names = "--pdf",
            paramLabel = "FILE",
            description = "Also write the page as an A4 PDF for the tender file (needs Chromium, Chrome or Edge).")
    Path pdf;

    @Option(names = "--json", description = "Print JSON instead of the table.")
    boolean json;

    @Option(
            names = "--vendor-key",
            paramLabel = "VENDOR=FILE",
            description = {
                "The public key a vendor registered, e.g. '甲資訊=keys/a.pub' (repeat per vendor): a report is",
                "conformant only if signed by the key registered for the vendor it names."
            })
    List<String> vendorKeys;

    @Option(
            names = "--vendor-keys",
            paramLabel = "FILE",
            description = "A registry of vendors' keys: one VENDOR=FILE per line (# comments; FILE relative to it).")
    Path vendorKeyRegistry;

    @Option(
            names = "--unsigned-ok",
            description =
                    "Compare without vendors' keys: signatures are not checked and every page says so at the top.")
    boolean unsignedOk;

    @Override
    public Integer call() throws IOException {
        List<Path> inputs = OutputFiles.inputs(reports, vendorKeyRegistry);
        OutputFiles.check("--html", html, inputs);
        OutputFiles.check("--pdf", pdf, inputs);
        ProcurementProfile p = Profiles.load(profile);
        Messages m = Messages.of(lang == null ? p.defaultLanguage() : Language.parse(lang, "--lang"));
        VendorKeys keys = VendorKeys.read(vendorKeys == null ? List.of() : vendorKeys, vendorKeyRegistry);
        if (keys.isEmpty() && !unsignedOk) {
            throw new InvalidInputException("no vendor keys: give each vendor's registered public key with"
                    + " --vendor-key 'VENDOR=FILE' (or --vendor-keys FILE), or compare unverified reports with"
                    + " --unsigned-ok");
        }
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
        if (pdf != null) {
            OutputFiles.write("--pdf", pdf, f -> PdfPrinter.print(ComparisonPage.render(c, m), f));
            if (!json) {
                out.println(m.get("cli.wroteHtml", pdf));
            }
        }
        return Main.OK;
    }
}
