package dev.sci4j.grid;

import dev.sci4j.input.Checks;
import dev.sci4j.input.InvalidInputException;
import java.nio.file.Path;

/**
 * Reads a grid intensity time series from a file. Every user mistake is an {@link InvalidInputException}
 * naming the file, line and field; nothing is defaulted. Stateless and thread-safe.
 */
public final class SeriesReader {
    private SeriesReader() {}

    /**
     * Reads {@code file} in {@code format}.
     *
     * @param declaredTypeOrNull the intensity type the user declared: required for CSV and Carbon Aware files,
     *                           which do not say; for Electricity Maps and WattTime it may be null and must
     *                           agree with the format's own type when given
     */
    public static IntensitySeries read(Path file, SeriesFormat format, IntensityType declaredTypeOrNull) {
        return read(file, format, declaredTypeOrNull, null);
    }

    /**
     * As {@link #read(Path, SeriesFormat, IntensityType)}, naming the CSV intensity column to use when a file
     * has several (an Electricity Maps export has a direct and a lifecycle column). Ignored for JSON formats.
     */
    public static IntensitySeries read(
            Path file, SeriesFormat format, IntensityType declaredTypeOrNull, String intensityColumnOrNull) {
        Checks.present(file, "intensity series file");
        Checks.present(format, "intensity series format");
        switch (format) {
            case CSV:
                return CsvSeriesParser.parse(file, declaredTypeOrNull, intensityColumnOrNull);
            case ELECTRICITY_MAPS:
                return ElectricityMapsParser.parse(file, declaredTypeOrNull);
            case WATTTIME:
                return WattTimeParser.parse(file, declaredTypeOrNull);
            case CARBON_AWARE:
                return CarbonAwareParser.parse(file, declaredTypeOrNull);
            default:
                throw new IllegalStateException("format without a parser: " + format);
        }
    }

    /**
     * The type of a file's values: the format's own when it has one (a contradicting declaration is an
     * error), else the declared one, which is then required.
     */
    static IntensityType reconcile(Path file, String what, IntensityType own, IntensityType declared) {
        if (own == null) {
            if (declared == null) {
                throw InvalidInputException.file(
                        file,
                        what + " does not say which kind of intensity it holds:"
                                + " declare the intensity type (average, marginal-short-run or marginal-long-run)");
            }
            return declared;
        }
        if (declared != null && declared != own) {
            throw InvalidInputException.file(
                    file,
                    what + " holds " + own.id() + " intensities, but the declared" + " intensity type is "
                            + declared.id() + ": declare " + own.id() + " or use another source");
        }
        return own;
    }
}
