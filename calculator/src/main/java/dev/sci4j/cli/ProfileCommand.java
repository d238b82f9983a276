package dev.sci4j.cli;

import dev.sci4j.i18n.Language;
import dev.sci4j.profile.ProcurementProfile;
import dev.sci4j.profile.Profiles;
import dev.sci4j.profile.ReferenceEnvironment;
import dev.sci4j.units.Numbers;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sci4j profile}: procurement profiles. */
@Command(
        name = "profile",
        mixinStandardHelpOptions = true,
        description = "Procurement profiles: what a buyer requires of SCI reports.",
        subcommands = {ProfileCommand.Validate.class, ProfileCommand.ListProfiles.class})
final class ProfileCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a subcommand: validate or list");
    }

    /** {@code sci4j profile validate P}. */
    @Command(
            name = "validate",
            mixinStandardHelpOptions = true,
            description =
                    "Check a profile (bundled id or YAML file) against the profile schema; exit 0 valid, 2 invalid.")
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "P", description = "A bundled profile id or a YAML file.")
        String profile;

        @Override
        public Integer call() {
            ProcurementProfile p = Profiles.load(profile);
            // The grid row must exist in the bundled factor table, or no report could be normalised.
            p.grid().intensity();
            Explain x = new Explain(spec.commandLine().getOut());
            x.line(
                    "OK %s (version %d): %s / %s",
                    p.id(), p.version(), p.title().in(Language.ZH_TW), p.title().in(Language.EN));
            x.line(
                    "  functional unit: %s; normalised to %s %s %d (%s); grades %s",
                    p.functionalUnit().name(),
                    p.grid().source(),
                    p.grid().region(),
                    p.grid().year(),
                    p.grid().type(),
                    String.join(", ", p.gradeNames()));
            ReferenceEnvironment r = p.referenceEnvironment();
            if (r != null) {
                x.line(
                        "  reference environment for re-measurement (verify-claim): %s; CPU %s, %s logical cores;"
                                + " load: %s; at least %s s per repetition after the warm-up",
                        r.hardware().in(Language.EN),
                        r.cpuModel() == null ? "not compared" : r.cpuModel(),
                        r.logicalCores() == null ? "any number of" : r.logicalCores(),
                        r.load().in(Language.EN),
                        Numbers.display(r.durationSeconds()));
            }
            return Main.OK;
        }
    }

    /** {@code sci4j profile list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the bundled profiles.")
    static final class ListProfiles implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            for (String id : Profiles.bundledIds()) {
                ProcurementProfile p = Profiles.load(id);
                spec.commandLine()
                        .getOut()
                        .println(id + "\t" + p.title().in(Language.ZH_TW) + "\t"
                                + p.title().in(Language.EN));
            }
            return Main.OK;
        }
    }
}
