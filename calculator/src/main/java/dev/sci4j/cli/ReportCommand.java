package dev.sci4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.compare.ReportPage;
import dev.sci4j.i18n.Language;
import dev.sci4j.input.Checks;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.profile.ProcurementProfile;
import dev.sci4j.profile.Profiles;
import dev.sci4j.report.AgentOverhead;
import dev.sci4j.report.ReportBuilder;
import dev.sci4j.report.ReportJson;
import dev.sci4j.report.ReportMetadata;
import dev.sci4j.report.SciReport;
import dev.sci4j.sign.DocumentSigner;
import dev.sci4j.sign.Ed25519Keys;
import dev.sci4j.sign.SignatureBlock;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sci4j report}: an SCI report with its disclosures and measurements, optionally signed. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Write an SCI report (JSON, schema version 1) for a procurement profile from measurement files.",
            "Several --measurement files are repetitions of the profile's usage scenario: the score is their total",
            "carbon over their total R, with a 95 %% interval (Student t, centred on the mean of their scores)",
            "combined with the energy source's accuracy class."
        })
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--measurement",
            required = true,
            paramLabel = "FILE",
            description = "A measurement file written by the sci4j agent; repeat once per repetition.")
    List<Path> measurements;

    @Option(
            names = "--profile",
            required = true,
            paramLabel = "P",
            description = "Procurement profile: a bundled id (e.g. tw-web-service-per-request) or a YAML file.")
    String profile;

    @Option(
            names = "--metadata",
            required = true,
            paramLabel = "FILE",
            description =
                    "YAML report metadata: software, vendor, boundary, hardware, usageScenario; optional grid, embodied, pue (agentOverheadStatement is read but ignored: the report states the agent's measured overhead).")
    Path metadata;

    @Option(
            names = "--units",
            paramLabel = "N",
            description = {
                "R: functional units (of the profile's kind) served in EACH repetition.",
                "Omit it when the agent counted the units: each file's successful units are its R."
            })
    Double unitsPerRepetition;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the report (JSON).")
    Path out;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a readable HTML page of the report.")
    Path html;

    @Option(
            names = "--sign",
            paramLabel = "KEY",
            description =
                    "Sign with this Ed25519 private key (NAME.key from 'sci4j keygen'; NAME.pub must be beside it).")
    Path signingKey;

    @Option(
            names = "--lang",
            paramLabel = "zh-TW|en",
            description = "Language of the HTML page (default: the profile's).")
    String lang;

    @Override
    public Integer call() throws IOException {
        List<Path> inputs = OutputFiles.inputs(measurements, metadata, signingKey);
        OutputFiles.check("--out", out, inputs);
        OutputFiles.check("--html", html, OutputFiles.inputs(inputs, out));
        if (unitsPerRepetition != null) {
            Checks.positive(unitsPerRepetition, "--units (R per repetition)");
        }
        ProcurementProfile p = Profiles.load(profile);
        Language language = lang == null ? p.defaultLanguage() : Language.parse(lang, "--lang");
        ReportMetadata meta = ReportMetadata.read(metadata);
        SciReport report = ReportBuilder.build(
                measurements, p, meta, unitsPerRepetition, VersionProvider.version(), Instant.now());
        SignatureBlock signature = signingKey == null ? null : sign(report);
        ObjectNode tree = ReportJson.toTree(report, signature);
        OutputFiles.write("--out", out, f -> ReportJson.writeAtomically(ReportJson.text(tree), f));
        if (html != null) {
            String page = ReportPage.render(report, signature, p, language);
            OutputFiles.write("--html", html, f -> ReportJson.writeAtomically(page, f));
        }
        // Warned only once the report is written: a refused input must say exactly one line (its reason).
        if (meta.agentOverheadStatement() != null) {
            spec.commandLine()
                    .getErr()
                    .println("sci4j report: warning: " + metadata + ": agentOverheadStatement is ignored: the report"
                            + " states the agent's measured overhead (sampler CPU share from the measurement files,"
                            + " CPU per request from sci4j's benchmarks of that agent version); remove the field");
        }
        PrintWriter w = spec.commandLine().getOut();
        Explain x = new Explain(w);
        x.line(
                "Wrote %s: SCI = %s %s (95 %% interval %s to %s), %d repetition(s), profile %s",
                out,
                x.n(report.result().sciGPerUnit()),
                report.result().sciUnit(),
                x.n(report.uncertainty().lowSciGPerUnit()),
                x.n(report.uncertainty().highSciGPerUnit()),
                report.usageScenario().repetitions(),
                p.id());
        x.line("Agent overhead: %s", overhead(report.agentOverhead(), x));
        if (signature != null) {
            x.line("Signed with Ed25519 key %s", signature.publicKeySha256());
        }
        if (html != null) {
            x.line("Wrote %s", html);
        }
        return Main.OK;
    }

    private static String overhead(AgentOverhead o, Explain x) {
        String perRequest = o.requestOverheadNs() == null
                ? o.requestOverheadSource()
                : x.n(o.requestOverheadNs()) + " ns of CPU per request (" + o.requestOverheadSource() + ")";
        return "sampler " + x.n(o.samplerCpuPercent()) + " % of the process CPU time; " + perRequest;
    }

    private SignatureBlock sign(SciReport report) {
        PrivateKey key = Ed25519Keys.readPrivate(signingKey);
        String name = signingKey.getFileName().toString();
        Path pub = signingKey.resolveSibling(
                (name.endsWith(".key") ? name.substring(0, name.length() - 4) : name) + ".pub");
        if (!Files.isRegularFile(pub)) {
            throw new InvalidInputException("--sign " + signingKey + ": the public key " + pub
                    + " must be beside it (sci4j keygen writes both)");
        }
        PublicKey publicKey = Ed25519Keys.readPublic(pub);
        SignatureBlock block = DocumentSigner.sign(ReportJson.toTree(report, null), key, publicKey);
        if (!DocumentSigner.verify(ReportJson.toTree(report, block), block, publicKey)) {
            throw new InvalidInputException("--sign " + signingKey + ": the private key does not match " + pub);
        }
        return block;
    }
}
