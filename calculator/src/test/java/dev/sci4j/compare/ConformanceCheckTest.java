package dev.sci4j.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.i18n.Language;
import dev.sci4j.i18n.Message;
import dev.sci4j.i18n.Messages;
import dev.sci4j.profile.ProcurementProfile;
import dev.sci4j.profile.Profiles;
import dev.sci4j.report.ReportBuilder;
import dev.sci4j.report.ReportFixtures;
import dev.sci4j.report.ReportJson;
import dev.sci4j.report.ReportMetadata;
import dev.sci4j.report.SciReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceCheckTest {
    @TempDir
    Path dir;

    private SciReport report(String vendor) throws IOException {
        return ReportBuilder.build(
                ReportFixtures.measurements(dir, vendor, 6.0, 1),
                Profiles.load(ReportFixtures.PROFILE),
                ReportMetadata.read(ReportFixtures.metadata(dir, vendor)),
                null,
                "test",
                Instant.now());
    }

    /** The web-service profile made stricter in every requirement the fixture meets only loosely. */
    private ProcurementProfile strict() throws IOException {
        String text = new String(
                        Profiles.class
                                .getResourceAsStream(Profiles.RESOURCE_DIR + ReportFixtures.PROFILE + ".yaml")
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                .replace("minimumRepetitions: 3", "minimumRepetitions: 10")
                .replace("minimumDurationSeconds: 300", "minimumDurationSeconds: 600")
                .replace("durationSeconds: 300", "durationSeconds: 600")
                .replace("requiredComponents: [application]", "requiredComponents: [application, database]")
                .replace("minimumAccuracyClass: C", "minimumAccuracyClass: A")
                .replace("maxAgentOverheadPercent: 5", "maxAgentOverheadPercent: 0.1")
                .replace("  - uncertainty\n", "  - uncertainty\n  - vendor.contact\n");
        return Profiles.load(Files.writeString(dir.resolve("strict.yaml"), text).toString());
    }

    @Test
    void aConformingReportHasNoFindings() throws IOException {
        SciReport r = report("v");
        assertThat(ConformanceCheck.check(Profiles.load(ReportFixtures.PROFILE), r, ReportJson.toTree(r, null), null))
                .isEmpty();
    }

    @Test
    void everyFailedRequirementIsNamed() throws IOException {
        SciReport r = report("v");
        var tree = ReportJson.toTree(r, null);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("vendor")).putNull("contact");
        List<Message> found = ConformanceCheck.check(strict(), r, tree, null);
        assertThat(found)
                .extracting(Message::key)
                .containsExactlyInAnyOrder(
                        "check.repetitions", "check.duration", "check.component", "check.overhead", "check.disclosure");
        Messages en = Messages.of(Language.EN);
        assertThat(found.stream().map(en::render).toList())
                .contains(
                        "3 repetition(s); the profile requires at least 10",
                        "mandatory disclosure missing: vendor.contact",
                        "the software boundary does not include the required component \"database\"");
    }

    @Test
    void theHtmlEscapesWhatVendorsWrite() throws IOException {
        Path meta = Files.writeString(
                dir.resolve("x.yaml"),
                Files.readString(ReportFixtures.metadata(dir, "x"))
                        .replace("vendor: {name: x,", "vendor: {name: \"<script>alert(1)</script>\","));
        SciReport r = ReportBuilder.build(
                ReportFixtures.measurements(dir, "x", 6.0, 1),
                Profiles.load(ReportFixtures.PROFILE),
                ReportMetadata.read(meta),
                null,
                "test",
                Instant.now());
        Path file = dir.resolve("x.json");
        ReportJson.writeAtomically(ReportJson.text(ReportJson.toTree(r, null)), file);
        Comparison c = VendorComparison.compare(
                Profiles.load(ReportFixtures.PROFILE), List.of(file), VendorKeys.none(), Instant.now());
        String page = ComparisonPage.render(c, Messages.of(Language.EN));
        assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(page).contains("<html lang=\"en\">");
    }
}
