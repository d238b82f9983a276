package dev.sci4j.agent.otel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import dev.sci4j.measurement.UnitSample;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one {@link OtelService} run left: its log and its measurement file, with the units summed over the
 * samples, and the checks every stack must pass. Immutable.
 */
final class OtelRun {
    final String log;
    final Measurement measurement;
    /** Every unit of the run by name, summed over the samples. */
    final Map<String, UnitSample> units;
    /** From the start of the service's JVM until it served and the extension's endpoint was up, seconds. */
    final double startSeconds;

    OtelRun(String log, Path output, double startSeconds) throws IOException {
        this.log = log;
        this.startSeconds = startSeconds;
        this.measurement = MeasurementJson.read(output);
        Map<String, UnitSample> totals = new TreeMap<>();
        for (IntervalSample s : measurement.samples()) {
            s.units().forEach((name, u) -> totals.merge(name, u, UnitSample::plus));
        }
        this.units = totals;
    }

    /**
     * The extension ran, {@code lightName} and {@code heavyName} were each counted {@code requests} times, all ok,
     * and the heavy one cost more than twice as much energy per unit (its CPU reached it through the context);
     * the agent's own scrapes are no unit. Returns heavy/light energy per unit.
     */
    double assertLightAndHeavy(String lightName, String heavyName, int requests) {
        assertThat(log).contains("[sci4j] OpenTelemetry extension: functional units are local-root server spans");
        assertThat(measurement.run().configuration()).containsEntry("units.source", "opentelemetry-server-spans");
        assertThat(units).as("units; service log:%n%s", log).containsKeys(lightName, heavyName);
        assertThat(units.keySet()).noneMatch(name -> name.contains("/metrics"));
        UnitSample light = units.get(lightName);
        UnitSample heavy = units.get(heavyName);
        assertThat(light.okCount()).as(lightName).isEqualTo(requests);
        assertThat(heavy.okCount()).as(heavyName).isEqualTo(requests);
        assertThat(light.failedCount() + heavy.failedCount()).isZero();
        double lightPerUnit = light.joules() / light.count();
        double heavyPerUnit = heavy.joules() / heavy.count();
        assertThat(lightPerUnit).as("%s joules per unit", lightName).isPositive();
        double ratio = heavyPerUnit / lightPerUnit;
        assertThat(ratio).as("heavy/light energy per unit; units %s", units).isGreaterThan(2);
        return ratio;
    }

    /** Unit {@code name} was counted {@code ok} times ok and {@code failed} times failed. */
    void assertCounted(String name, long ok, long failed) {
        assertThat(units).as("units; service log:%n%s", log).containsKey(name);
        assertThat(units.get(name).okCount()).as("%s ok", name).isEqualTo(ok);
        assertThat(units.get(name).failedCount()).as("%s failed", name).isEqualTo(failed);
    }

    /** The run counted exactly these units, no other (no scrape, no raw URL, no second count of a request). */
    void assertOnlyUnits(String... names) {
        assertThat(units.keySet()).as("units; service log:%n%s", log).containsExactlyInAnyOrder(names);
    }

    /** For the test's output: one line per unit, with its counts and joules per unit. */
    String summary() {
        StringBuilder out = new StringBuilder();
        units.forEach((name, u) -> out.append(String.format(
                "%n  %-40s ok %3d failed %3d  %.4f J/unit",
                name, u.okCount(), u.failedCount(), u.joules() / u.count())));
        return out.toString();
    }
}
