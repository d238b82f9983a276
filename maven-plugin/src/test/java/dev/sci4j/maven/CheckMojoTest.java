package dev.sci4j.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal's mapping of outcomes to Maven: failure for a breach, execution error for bad configuration. */
class CheckMojoTest {
    /** The invoker projects' fixtures (surefire runs in the module directory). */
    private static final Path IT = Path.of("src/it");

    @TempDir
    Path target;

    @Test
    void withinBudgetPassesAndWritesTheOutputs() throws Exception {
        CheckMojo mojo = mojo("within-budget");

        mojo.execute();

        assertThat(Files.readString(mojo.junit.toPath())).contains("failures=\"0\"");
        assertThat(mojo.benchmarkJson).isFile();
        assertThat(mojo.result).isFile();
    }

    @Test
    void anErrorLevelBreachIsAMojoFailureNamingTheLimit() {
        CheckMojo mojo = mojo("over-budget");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("Carbon budget exceeded: 1 error-level limit breached")
                .hasMessageContaining("request maxSci (error)")
                .hasMessageContaining("exceeds maxSci 0.002 gCO2e/request");
        assertThat(mojo.junit).isFile();
    }

    @Test
    void failingLimitsAreLoggedAsErrorsAndWarningsAsWarnings() {
        CheckMojo mojo = mojo("over-budget");
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

        assertThat(log.lines("error"))
                .singleElement()
                .asString()
                .startsWith("FAIL")
                .contains("maxSci");
        assertThat(log.lines("warn"))
                .singleElement()
                .asString()
                .startsWith("WARN")
                .contains("maxEnergyPerUnitJoules");
        assertThat(log.lines("info")).last().asString().startsWith("Carbon budget exceeded");
    }

    @Test
    void badConfigurationIsAMojoExecutionException() {
        CheckMojo missingBudget = mojo("within-budget");
        missingBudget.budget = target.resolve("nope.yaml").toFile();
        assertThatThrownBy(missingBudget::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("nope.yaml: no such budget file");

        CheckMojo noMeasurement = mojo("within-budget");
        noMeasurement.measurements = null;
        assertThatThrownBy(noMeasurement::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("measurement.json")
                .hasMessageContaining("sci4j.skip");

        CheckMojo halfGrid = mojo("within-budget");
        halfGrid.region = "TW";
        assertThatThrownBy(halfGrid::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("region and year go together");
    }

    @Test
    void aGridParameterOverridesTheBudgetFile() throws Exception {
        CheckMojo mojo = mojo("over-budget");
        mojo.intensity = 100.0;
        mojo.intensityType = "average";

        mojo.execute();

        assertThat(Files.readString(mojo.result.toPath())).contains("\"passed\" : true");
    }

    @Test
    void skipDoesNothing() throws Exception {
        CheckMojo mojo = mojo("over-budget");
        mojo.skip = true;

        mojo.execute();

        assertThat(mojo.junit).doesNotExist();
    }

    private CheckMojo mojo(String project) {
        Path dir = IT.resolve(project);
        CheckMojo mojo = new CheckMojo();
        mojo.setLog(new RecordingLog());
        mojo.budget = dir.resolve("sci4j-budget.yaml").toFile();
        mojo.measurements = runs(dir.resolve("sci4j/runs"));
        mojo.defaultMeasurement = target.resolve("sci4j/measurement.json").toFile();
        mojo.junit = target.resolve("sci4j/TEST-sci4j-budget.xml").toFile();
        mojo.benchmarkJson = target.resolve("sci4j/benchmark.json").toFile();
        mojo.result = target.resolve("sci4j/check.json").toFile();
        return mojo;
    }

    private static List<File> runs(Path dir) {
        return IntStream.rangeClosed(1, 5)
                .mapToObj(i -> dir.resolve("run-" + i + ".json").toFile())
                .toList();
    }
}
