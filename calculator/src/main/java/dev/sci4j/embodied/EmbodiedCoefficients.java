package dev.sci4j.embodied;

import dev.sci4j.input.InputFiles;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Invariants;
import dev.sci4j.units.Numbers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Estimates TE, a server's total embodied emissions, as a base rack server plus a fixed amount per component
 * beyond what the base includes (Cloud Carbon Footprint's embodied model). The numbers and their sources live in
 * a data file, {@code dev/sci4j/embodied/coefficients.json}, never in code. Immutable and thread-safe.
 *
 * @param base      the base server: its emissions and the quantity of each component it already includes
 * @param additions the emissions of each component beyond the base, one per {@link HardwareComponent}
 */
public record EmbodiedCoefficients(BaseServer base, Map<HardwareComponent, Addition> additions) {
    /** The bundled data file, on the class path. */
    public static final String BUNDLED_RESOURCE = "/dev/sci4j/embodied/coefficients.json";

    private static final String BASE_ITEM = "base";
    private static final EmbodiedCoefficients BUNDLED = loadBundled();

    public EmbodiedCoefficients {
        Invariants.present(base, "base server");
        Invariants.present(additions, "component additions");
        for (HardwareComponent component : HardwareComponent.values()) {
            Invariants.present(additions.get(component), "embodied addition for " + component.key());
        }
        additions = Map.copyOf(additions);
    }

    /** Cloud Carbon Footprint's coefficients, as bundled with sci4j. */
    public static EmbodiedCoefficients bundled() {
        return BUNDLED;
    }

    /** Reads coefficients in the bundled file's format from {@code file}. */
    public static EmbodiedCoefficients read(Path file) {
        byte[] bytes = InputFiles.bytes(file, InputFiles.Kind.COEFFICIENTS);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return CoefficientsFile.parse(in, file.toString());
        } catch (IOException e) {
            throw InvalidInputException.file(file, "cannot be read: " + InputFiles.describe(e));
        }
    }

    /** TE of {@code hardware}: the base server plus every component beyond what the base includes. */
    public EmbodiedEstimate estimate(Hardware hardware) {
        Invariants.present(hardware, "hardware");
        List<EmbodiedEstimate.Part> parts = new ArrayList<>();
        parts.add(new EmbodiedEstimate.Part(BASE_ITEM, 1, base.description(), base.carbon(), base.source()));
        for (HardwareComponent component : HardwareComponent.values()) {
            // Less than the base includes earns no credit: the base server's emissions are a floor (as in CCF).
            double beyondBase = Math.max(0, component.quantity(hardware) - base.includes(component));
            Addition addition = additions.get(component);
            parts.add(new EmbodiedEstimate.Part(
                    component.key(), beyondBase, addition.unit(), addition.carbonOf(beyondBase), addition.source()));
        }
        return new EmbodiedEstimate(hardware, parts);
    }

    /**
     * The base server.
     *
     * @param carbon      its embodied emissions
     * @param includes    how much of each component it already has
     * @param description what the base server is
     * @param source      where the numbers come from
     */
    public record BaseServer(
            Carbon carbon, Map<HardwareComponent, Double> includes, String description, String source) {
        public BaseServer {
            Invariants.present(carbon, "base server carbon");
            Invariants.present(includes, "components the base server includes");
            for (HardwareComponent component : HardwareComponent.values()) {
                Double quantity = Invariants.present(includes.get(component), "base server's " + component.key());
                Invariants.nonNegative(quantity, "base server's " + component.key());
            }
            includes = Map.copyOf(includes);
            Invariants.present(description, "base server description");
            Invariants.present(source, "base server source");
        }

        /** How much of {@code component} the base already has. */
        public double includes(HardwareComponent component) {
            return includes.get(component);
        }
    }

    /**
     * The embodied emissions of one component beyond the base: {@code carbon} per {@code perUnits} units (so a
     * coefficient published as "533 kg for 384 GB" is kept as given).
     *
     * @param carbon   emissions of {@code perUnits} units
     * @param perUnits how many units {@code carbon} is for, greater than zero
     * @param unit     what one unit is
     * @param source   where the number comes from
     */
    public record Addition(Carbon carbon, double perUnits, String unit, String source) {
        public Addition {
            Invariants.present(carbon, "addition carbon");
            Invariants.positive(perUnits, "addition perUnits");
            Invariants.present(unit, "addition unit");
            Invariants.present(source, "addition source");
        }

        /** Emissions of {@code quantity} units; an error when coefficients this large overflow. */
        public Carbon carbonOf(double quantity) {
            double grams = carbon.grams() * (quantity / perUnits);
            if (!Double.isFinite(grams)) {
                throw new InvalidInputException("the embodied emissions of " + Numbers.display(quantity) + " " + unit
                        + " are too large to compute; check the coefficients (carbon and perUnits)");
            }
            return carbon.times(quantity / perUnits);
        }
    }

    private static EmbodiedCoefficients loadBundled() {
        try (InputStream in = EmbodiedCoefficients.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "bundled resource " + BUNDLED_RESOURCE + " is missing from the class path");
            }
            return CoefficientsFile.parse(in, BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + BUNDLED_RESOURCE, e);
        }
    }
}
