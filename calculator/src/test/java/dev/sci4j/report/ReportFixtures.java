package dev.sci4j.report;

import dev.sci4j.measurement.AccuracyClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Metadata files and measurement sets for report tests. */
public final class ReportFixtures {
    public static final String PROFILE = "tw-web-service-per-request";

    private ReportFixtures() {}

    public static Path metadata(Path dir, String vendor) throws IOException {
        return Files.writeString(
                dir.resolve(vendor + ".yaml"),
                String.join(
                        "\n",
                        "software: {name: 公文查詢 API, version: 2.1.0}",
                        "vendor: {name: " + vendor + ", contact: sci@example.tw}",
                        "boundary:",
                        "  included:",
                        "    - {component: application, method: measurement, detail: the JVM process serving the API}",
                        "  excluded:",
                        "    - component: database",
                        "      reason: managed service shared with other systems, not measurable",
                        "hardware: 4 vCPU VM, 8 GB memory",
                        "usageScenario: {description: tender load script v1 at 50 requests per second, warmUpSeconds: 60}",
                        "agentOverheadStatement: sci4j agent benchmark 0.8 % CPU",
                        ""));
    }

    /** The same files with the agent's unit counts removed, as a measurement without counts would be. */
    public static List<Path> withoutCounts(List<Path> files) throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (Path f : files) {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var tree = mapper.readTree(f.toFile());
            tree.get("samples").forEach(s -> {
                var sample = (com.fasterxml.jackson.databind.node.ObjectNode) s;
                sample.putObject("units");
                unattributeAll(sample);
            });
            Path to = f.resolveSibling("uncounted-" + f.getFileName());
            Files.writeString(to, mapper.writeValueAsString(tree));
            out.add(to);
        }
        return out;
    }

    /** Makes a sample's whole process energy unattributed, as when its units carry no joules. */
    public static void unattributeAll(com.fasterxml.jackson.databind.node.ObjectNode sample) {
        double process = 0;
        for (var v : sample.get("processJoules")) {
            process += v.asDouble();
        }
        sample.put("unattributedJoules", process);
    }

    public static List<Path> measurements(Path dir, String prefix, double watts, long seed) throws IOException {
        return IllustrativeMeasurements.write(dir, prefix, 3, watts, AccuracyClass.A, seed);
    }
}
