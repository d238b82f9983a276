package dev.sci4j.agent.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.EnergySourceInfo;
import dev.sci4j.measurement.EnergySourceKind;
import dev.sci4j.measurement.GpuDevice;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.UnitSample;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AgentMetricsTest {
    private static final EnergySourceInfo RAPL = new EnergySourceInfo(EnergySourceKind.RAPL, "", AccuracyClass.A);

    private static IntervalSample sample() {
        return base().build();
    }

    private static IntervalSample.Builder base() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        return IntervalSample.builder()
                .window(t, t.plusSeconds(1))
                .machineJoules("package", 30)
                .machineJoules("dram", 3)
                .machineActiveJoules(30)
                .machineMemoryJoules(3)
                .processJoules(IntervalSample.ACTIVE, 10)
                .processJoules(IntervalSample.MEMORY, 1)
                .processCpuSeconds(0.5)
                .hostBusyCpuSeconds(1)
                .hostTotalCpuSeconds(2)
                .samplerCpuSeconds(0.001)
                .unit("http GET /search", new UnitSample(3, 1, 0.2, 4.0));
    }

    @Test
    void gpuEnergyIsComponentGpuFromNvmlAndEachDeviceHasAnInfoMetric() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        AgentMetrics metrics = new AgentMetrics();
        metrics.gpuDevices(java.util.List.of(new GpuDevice(0, "NVIDIA H200", "GPU-1234")));
        metrics.bindTo(registry);

        metrics.onSample(
                base().machineJoules(IntervalSample.GPU, 600)
                        .processJoules(IntervalSample.GPU, 500)
                        .build(),
                RAPL);

        assertThat(registry.scrape())
                .contains("sci_energy_joules_total{component=\"gpu\",scope=\"machine\",source=\"nvml\"} 600.0")
                .contains("sci_energy_joules_total{component=\"gpu\",scope=\"process\",source=\"nvml\"} 500.0")
                .contains("sci_energy_joules_total{component=\"package\",scope=\"machine\",source=\"rapl\"} 30.0")
                .contains("sci_gpu_device_info{index=\"0\",name=\"NVIDIA H200\",uuid=\"GPU-1234\"} 1");
    }

    @Test
    void prometheusNamesGetUnitAndTotalFromTheRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        AgentMetrics metrics = new AgentMetrics();
        metrics.bindTo(registry);

        metrics.onSample(sample(), RAPL);
        metrics.onSample(sample(), RAPL);
        metrics.onError(true);

        String text = registry.scrape();
        assertThat(text)
                .contains("sci_energy_joules_total{component=\"package\",scope=\"machine\",source=\"rapl\"} 60.0")
                .contains("sci_energy_joules_total{component=\"active\",scope=\"process\",source=\"rapl\"} 20.0")
                .contains("sci_cpu_seconds_total{scope=\"process\"} 1.0")
                .contains("sci_agent_samples_total 2.0")
                .contains("sci_agent_errors_total 1.0")
                .contains("sci_agent_skipped_intervals_total 1.0")
                .contains("sci_functional_units_total{outcome=\"ok\",unit=\"http GET /search\"} 6.0")
                .contains("sci_functional_units_total{outcome=\"failed\",unit=\"http GET /search\"} 2.0")
                .contains("sci_unit_energy_joules_total{unit=\"http GET /search\"} 8.0");
    }

    @Test
    void totalsFromBeforeTheRegistryIsBoundAreKeptAndNewCountersRegisterAfter() {
        AgentMetrics metrics = new AgentMetrics();
        metrics.onSample(sample(), RAPL);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

        metrics.bindTo(registry);
        metrics.onSample(sample(), RAPL);
        metrics.onSample(base().unit("batch", new UnitSample(5, 0, 0.1, 1.0)).build(), RAPL);

        assertThat(registry.scrape())
                .contains("sci_agent_samples_total 3.0")
                .contains("sci_energy_joules_total{component=\"package\",scope=\"machine\",source=\"rapl\"} 90.0")
                .contains("sci_functional_units_total{outcome=\"ok\",unit=\"batch\"} 5.0");
    }

    @Test
    void endpointServesTheScrapeOverHttp() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        AgentMetrics metrics = new AgentMetrics();
        metrics.bindTo(registry);
        metrics.onSample(sample(), RAPL);
        try (PrometheusEndpoint endpoint = PrometheusEndpoint.start("127.0.0.1", 0, registry)) {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/metrics"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("sci_energy_joules_total");
        }
    }

    @Test
    void scrapesAreServedOnTheAgentsOwnDaemonThreadWhoseCpuTimeIsCounted() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        AtomicReference<Thread> servedOn = new AtomicReference<>();
        Gauge.builder("probe", () -> {
                    servedOn.set(Thread.currentThread());
                    return 1;
                })
                .register(registry);
        try (PrometheusEndpoint endpoint = PrometheusEndpoint.start("127.0.0.1", 0, registry)) {
            HttpClient client = HttpClient.newHttpClient();
            for (int i = 0; i < 3; i++) {
                client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/metrics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            }

            assertThat(servedOn.get().getName()).isEqualTo("sci4j-prometheus");
            assertThat(servedOn.get().isDaemon()).isTrue();
            assertThat(endpoint.cpuNanos()).isPositive();
        }
    }
}
