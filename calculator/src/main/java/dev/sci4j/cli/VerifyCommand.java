package dev.sci4j.cli;

import dev.sci4j.i18n.Language;
import dev.sci4j.i18n.Message;
import dev.sci4j.i18n.Messages;
import dev.sci4j.report.InvalidReportException;
import dev.sci4j.report.ReadReport;
import dev.sci4j.report.ReportJson;
import dev.sci4j.report.ReportVerifier;
import dev.sci4j.sign.Ed25519Keys;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sci4j verify}: schema, signature and recomputation of one report. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Verify an SCI report: schema, Ed25519 signature, and that the embedded measurements reproduce",
            "the stated score (within 1e-9 relative). Exit 0 valid, 1 invalid, 2 bad input (missing file, bad key)."
        })
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPORT", description = "The report (JSON).")
    Path report;

    @Option(
            names = "--public-key",
            required = true,
            paramLabel = "FILE",
            description = "The vendor's public key (NAME.pub).")
    Path publicKey;

    @Option(
            names = "--lang",
            paramLabel = "zh-TW|en",
            defaultValue = "en",
            description = "Language of the findings (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() {
        Messages text = Messages.of(Language.parse(lang, "--lang"));
        PublicKey key = Ed25519Keys.readPublic(publicKey);
        PrintWriter out = spec.commandLine().getOut();
        ReadReport read;
        try {
            read = ReportJson.read(report);
        } catch (InvalidReportException e) {
            out.println("INVALID " + e.getMessage());
            return Main.FAILURE;
        }
        List<Message> problems = ReportVerifier.verify(read, key);
        if (problems.isEmpty()) {
            out.println("VALID " + report + ": signature by "
                    + read.signatureOrNull().publicKeySha256()
                    + "; recomputation reproduces SCI = "
                    + Explain.plain(read.report().result().sciGPerUnit()) + " "
                    + read.report().result().sciUnit());
            return Main.OK;
        }
        out.println("INVALID " + report + ":");
        problems.forEach(p -> out.println("  - " + text.render(p)));
        return Main.FAILURE;
    }
}
