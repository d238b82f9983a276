package dev.sci4j.cli;

import dev.sci4j.input.Checks;
import dev.sci4j.model.Sci;
import picocli.CommandLine.Option;

/** The {@code --pue} option shared by the commands that turn IT energy into facility energy. */
final class PueOption {
    @Option(
            names = "--pue",
            paramLabel = "P",
            description =
                    "Data-centre power usage effectiveness (at least 1) applied to the energy; none = IT energy only.")
    Double pue;

    double factor() {
        return pue == null ? Sci.NO_PUE : Checks.atLeast(pue, 1, "--pue");
    }
}
