package dev.sci4j.maven;

import dev.sci4j.budget.CheckRequest;
import dev.sci4j.budget.CheckResult;
import dev.sci4j.budget.CheckRun;
import dev.sci4j.budget.CheckSummary;
import dev.sci4j.budget.DeclaredUnits;
import dev.sci4j.budget.GridSpec;
import dev.sci4j.budget.LimitResult;
import dev.sci4j.input.InvalidInputException;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code sci4j:check}: applies a carbon budget to the measurement files the sci4j agent wrote during the
 * integration tests (failsafe with {@code -javaagent}), exactly as {@code sci4j check} does. An error-level
 * breach fails the build ({@link MojoFailureException}); a missing or invalid budget, measurement or grid is a
 * configuration error ({@link MojoExecutionException}). Writes JUnit XML, github-action-benchmark JSON and
 * the check result JSON under {@code target/sci4j/}. Holds no shared state, so it is thread-safe.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {
    /** The budget file (YAML). */
    @Parameter(property = "sci4j.budget", defaultValue = "${project.basedir}/sci4j-budget.yaml")
    File budget;

    /** Measurement files, one per repetition; default the file the agent writes during failsafe ITs. */
    @Parameter(property = "sci4j.measurements")
    List<File> measurements;

    @Parameter(defaultValue = "${project.build.directory}/sci4j/measurement.json", readonly = true)
    File defaultMeasurement;

    /** Baseline files for maxRegressionPercent: measurement files or a check result JSON saved from main. */
    @Parameter(property = "sci4j.baselines")
    List<File> baselines;

    /** Grid region of the bundled factor table (with {@code year}); overrides the budget file's grid. */
    @Parameter(property = "sci4j.region")
    String region;

    @Parameter(property = "sci4j.year")
    Integer year;

    /** The factor's publisher series (default the region's official one). */
    @Parameter(property = "sci4j.gridSource")
    String gridSource;

    /** A declared grid intensity in gCO2e/kWh (with {@code intensityType}); overrides the budget file's grid. */
    @Parameter(property = "sci4j.intensity")
    Double intensity;

    /** average, marginal-short-run or marginal-long-run. */
    @Parameter(property = "sci4j.intensityType")
    String intensityType;

    /** Functional units per measurement file, for files whose units the agent did not count. */
    @Parameter(property = "sci4j.units")
    Double units;

    /** The budget unit {@code units} counts (may be omitted when the budget has one unit). */
    @Parameter(property = "sci4j.unitName")
    String unitName;

    @Parameter(property = "sci4j.junit", defaultValue = "${project.build.directory}/sci4j/TEST-sci4j-budget.xml")
    File junit;

    @Parameter(property = "sci4j.benchmarkJson", defaultValue = "${project.build.directory}/sci4j/benchmark.json")
    File benchmarkJson;

    /** The check result JSON; save it from the main branch to use as the next builds' baseline. */
    @Parameter(property = "sci4j.result", defaultValue = "${project.build.directory}/sci4j/check.json")
    File result;

    /** Skips the check. */
    @Parameter(property = "sci4j.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("sci4j carbon budget check skipped (sci4j.skip)");
            return;
        }
        requireAgentOutput();
        CheckResult checked;
        try {
            checked = CheckRun.run(request());
            CheckRun.writeOutputs(checked, path(junit), path(benchmarkJson), path(result), "sci4j-maven-plugin");
        } catch (InvalidInputException e) {
            throw new MojoExecutionException("sci4j:check configuration: " + e.getMessage(), e);
        }
        log(checked);
        if (!checked.passed()) {
            throw new MojoFailureException(CheckSummary.verdict(checked) + "\n"
                    + checked.limits().stream()
                            .filter(LimitResult::failsCheck)
                            .map(CheckSummary::line)
                            .collect(Collectors.joining("\n")));
        }
    }

    /** Without configured files the agent's file must exist: say what probably went wrong. */
    private void requireAgentOutput() throws MojoExecutionException {
        if ((measurements == null || measurements.isEmpty()) && !defaultMeasurement.isFile()) {
            throw new MojoExecutionException("sci4j:check configuration: " + defaultMeasurement + " does not exist;"
                    + " run the integration tests with the sci4j agent (failsafe argLine -javaagent), configure"
                    + " measurements, or skip the check with -Dsci4j.skip");
        }
    }

    private CheckRequest request() {
        List<File> runs = measurements == null || measurements.isEmpty() ? List.of(defaultMeasurement) : measurements;
        return new CheckRequest(
                path(budget),
                paths(runs),
                List.of(),
                paths(baselines),
                grid(),
                DeclaredUnits.ofOptional(units, unitName, "the units parameter"));
    }

    private GridSpec grid() {
        boolean any =
                region != null || year != null || gridSource != null || intensity != null || intensityType != null;
        return any ? new GridSpec(region, year, gridSource, intensity, intensityType) : null;
    }

    private void log(CheckResult checked) {
        CheckSummary.header(checked).forEach(getLog()::info);
        for (LimitResult l : checked.limits()) {
            if (l.failsCheck()) {
                getLog().error(CheckSummary.line(l));
            } else if (l.warns()) {
                getLog().warn(CheckSummary.line(l));
            } else {
                getLog().info(CheckSummary.line(l));
            }
        }
        getLog().info(CheckSummary.verdict(checked));
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }

    private static List<Path> paths(List<File> files) {
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }
}
