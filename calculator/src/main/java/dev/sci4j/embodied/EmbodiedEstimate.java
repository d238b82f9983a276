package dev.sci4j.embodied;

import dev.sci4j.units.Carbon;
import dev.sci4j.units.Invariants;
import java.util.List;

/**
 * TE, the total embodied emissions of one server, with the parts it was added up from so a report can
 * disclose how it was derived. Carbon in gCO2e. Immutable and thread-safe.
 *
 * @param hardware the server estimated
 * @param parts    the base server first, then one part per {@link HardwareComponent} (zero when the base covers it)
 */
public record EmbodiedEstimate(Hardware hardware, List<Part> parts) {

    public EmbodiedEstimate {
        Invariants.present(hardware, "hardware");
        parts = Invariants.list(parts, "embodied parts");
    }

    /** TE: the sum of all parts. */
    public Carbon total() {
        return parts.stream().map(Part::carbon).reduce(Carbon.ZERO, Carbon::plus);
    }

    /**
     * One term of the estimate.
     *
     * @param item     {@code base} or a {@link HardwareComponent#key()}
     * @param quantity units charged: 1 for the base, otherwise the quantity beyond what the base includes
     * @param unit     what one unit is, e.g. "GB of DRAM beyond the base's 16 GB"
     * @param carbon   embodied emissions of this term
     * @param source   where the coefficient comes from
     */
    public record Part(String item, double quantity, String unit, Carbon carbon, String source) {
        public Part {
            Invariants.present(item, "embodied part");
            Invariants.nonNegative(quantity, "quantity of " + item);
            Invariants.present(unit, "unit of " + item);
            Invariants.present(carbon, "carbon of " + item);
            Invariants.present(source, "source of " + item);
        }
    }
}
