package dev.sci4j.cli;

import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Numbers in options are written with ASCII digits only, in plain decimal: Java's own parsers also read other
 * scripts' digits ({@code ２０２３} as 2023), hexadecimal floats, a trailing {@code d} or {@code f}, {@code NaN}
 * and {@code Infinity}, none of which a user means as a figure. Stateless.
 */
final class AsciiNumbers {
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

    private AsciiNumbers() {}

    /** Makes {@code cli} read int, long and double options (boxed or not) with these rules. */
    static void register(CommandLine cli) {
        ITypeConverter<Integer> integer = text -> {
            long value = whole(text);
            if (value != (int) value) {
                throw new TypeConversionException("'" + text + "' is too large a number");
            }
            return (int) value;
        };
        ITypeConverter<Long> longer = AsciiNumbers::whole;
        ITypeConverter<Double> decimal = AsciiNumbers::decimal;
        cli.registerConverter(Integer.class, integer);
        cli.registerConverter(int.class, integer);
        cli.registerConverter(Long.class, longer);
        cli.registerConverter(long.class, longer);
        cli.registerConverter(Double.class, decimal);
        cli.registerConverter(double.class, decimal);
    }

    private static long whole(String text) {
        if (!WHOLE.matcher(text).matches()) {
            throw new TypeConversionException("'" + text + "' is not a whole number written with ASCII digits 0-9");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is too large a number");
        }
    }

    private static Double decimal(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new TypeConversionException(
                    "'" + text + "' is not a finite decimal number written with ASCII digits 0-9 (e.g. 12.5 or 1e-3)");
        }
        return Double.valueOf(text);
    }
}
