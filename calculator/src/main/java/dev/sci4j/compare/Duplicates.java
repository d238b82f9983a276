package dev.sci4j.compare;

import dev.sci4j.i18n.Message;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds measurement files submitted more than once, within a report (one run passed off as several
 * repetitions, which narrows the interval) or across reports: the same {@code runId} or the same content
 * (SHA-256 of the file as sci4j writes it). Every report holding such a file is rejected with the places it
 * appears. Stateless and thread-safe.
 */
final class Duplicates {
    private Duplicates() {}

    static List<ComparisonEntry> flag(List<ComparisonEntry> entries) {
        Map<String, List<String>> places = new LinkedHashMap<>();
        for (ComparisonEntry e : entries) {
            if (e.reportOrNull() != null) {
                List<Measurement> ms = e.reportOrNull().measurements();
                for (int i = 0; i < ms.size(); i++) {
                    String place = e.file() + " #" + (i + 1);
                    places.computeIfAbsent("runId " + ms.get(i).run().runId(), k -> new ArrayList<>())
                            .add(place);
                    places.computeIfAbsent("SHA-256 " + sha256(ms.get(i)), k -> new ArrayList<>())
                            .add(place);
                }
            }
        }
        List<ComparisonEntry> out = new ArrayList<>();
        for (ComparisonEntry e : entries) {
            List<Message> reasons = new ArrayList<>();
            places.forEach((id, where) -> {
                if (where.size() > 1 && where.stream().anyMatch(p -> p.startsWith(e.file() + " #"))) {
                    reasons.add(Message.of("check.duplicate", id, String.join(", ", where)));
                }
            });
            out.add(reasons.isEmpty() ? e : e.rejectedFor(reasons));
        }
        return out;
    }

    private static String sha256(Measurement m) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(MeasurementJson.toJson(m).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
