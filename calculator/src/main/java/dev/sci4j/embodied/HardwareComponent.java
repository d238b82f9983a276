package dev.sci4j.embodied;

import dev.sci4j.input.InvalidInputException;
import dev.sci4j.units.Numbers;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The parts of a server whose count drives its embodied emissions. Each knows its field name in hardware and
 * coefficient files and the one rule for a valid quantity, so a {@link Hardware} built in code and one read
 * from a file are checked alike. Immutable and thread-safe.
 */
public enum HardwareComponent {
    /** CPU sockets (physical processors); a server has at least one. */
    CPU_SOCKETS("cpuSockets", 1, 64, true, Hardware::cpuSockets),
    /** Installed DRAM in GB. */
    MEMORY_GB("memoryGb", 0, 1_048_576, false, Hardware::memoryGb),
    /** Solid-state drives. */
    SSD("ssdCount", 0, 10_000, true, Hardware::ssdCount),
    /** Hard disk drives. */
    HDD("hddCount", 0, 10_000, true, Hardware::hddCount),
    /** GPU cards. */
    GPU("gpuCount", 0, 1_024, true, Hardware::gpuCount);

    private final String key;
    private final double minimum;
    // Far above any one server (the largest hold 32 sockets and 48 TB): a bound catches typos such as 1e308
    // before they overflow an estimate, without second-guessing real machines.
    private final double maximum;
    private final boolean whole;
    private final ToDoubleFunction<Hardware> quantity;

    HardwareComponent(String key, double minimum, double maximum, boolean whole, ToDoubleFunction<Hardware> quantity) {
        this.key = key;
        this.minimum = minimum;
        this.maximum = maximum;
        this.whole = whole;
        this.quantity = quantity;
    }

    /** The field name in hardware and coefficient files, e.g. {@code memoryGb}. */
    public String key() {
        return key;
    }

    /** Whether the quantity is a count (a whole number). */
    public boolean whole() {
        return whole;
    }

    /** How many of this component {@code hardware} has. */
    public double quantity(Hardware hardware) {
        return quantity.applyAsDouble(hardware);
    }

    /** The component whose field name is {@code key}, if any. */
    public static Optional<HardwareComponent> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }

    /** All field names, for messages. */
    public static String keys() {
        return Arrays.stream(values()).map(HardwareComponent::key).collect(Collectors.joining(", "));
    }

    /** What is wrong with {@code value} as a quantity of this component, or empty when it is valid. */
    public Optional<String> problem(double value) {
        String shown = Numbers.display(value);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Optional.of("must be a finite number, got " + shown);
        }
        if (value < minimum) {
            return Optional.of(
                    minimum == 0
                            ? "must not be negative, got " + shown
                            : "must be at least " + Numbers.display(minimum) + ", got " + shown);
        }
        if (value > maximum) {
            return Optional.of("must be at most " + Numbers.display(maximum) + " for one server, got " + shown);
        }
        if (whole && value != Math.rint(value)) {
            return Optional.of("must be a whole number (a count), got " + shown);
        }
        return Optional.empty();
    }

    /** Throws {@link InvalidInputException} naming the field when {@code value} is not valid. */
    void check(double value) {
        problem(value).ifPresent(p -> {
            throw new InvalidInputException(key + " " + p);
        });
    }
}
