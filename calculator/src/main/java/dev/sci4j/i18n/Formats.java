package dev.sci4j.i18n;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.MinguoDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Numbers and dates for people, in a language: numbers rounded to {@value #SIGNIFICANT_DIGITS} significant
 * digits with the language's grouping; in zh-TW, dates in Taiwan time with the ROC (民國) year beside the
 * Gregorian one, e.g. {@code 2026年11月23日（民國115年）}; in en, dates in UTC. Data outputs (JSON, SVG
 * coordinates) never go through this class: they use {@link Locale#ROOT}. Immutable and thread-safe.
 */
public final class Formats {
    public static final int SIGNIFICANT_DIGITS = 4;
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final Language language;

    private Formats(Language language) {
        this.language = language;
    }

    public static Formats of(Language language) {
        return new Formats(language);
    }

    /** e.g. 0.000123456 → "0.0001235", 0.00017500001 → "0.0001750", 12345.6 → "12,350". */
    public String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN));
        int fraction = Math.max(0, rounded.scale());
        NumberFormat f = NumberFormat.getNumberInstance(language.locale());
        f.setMinimumFractionDigits(fraction);
        f.setMaximumFractionDigits(fraction);
        return f.format(rounded);
    }

    /** A percentage of a fraction, e.g. 0.05 → "5 %" (en) or "5%" (zh-TW). */
    public String percent(double percent) {
        return number(percent) + (language == Language.ZH_TW ? "%" : " %");
    }

    /** A year; in zh-TW the ROC year first, as Taiwan's official documents write it: "民國112年（2023）". */
    public String year(int year) {
        if (language == Language.ZH_TW && year > 1911) {
            return "民國" + MinguoDate.from(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR_OF_ERA) + "年（" + year + "）";
        }
        return Integer.toString(year);
    }

    /** The calendar day of an instant: "民國115年11月23日（2026年）" (Taipei) or "23 November 2026 (UTC)". */
    public String date(Instant instant) {
        if (language == Language.ZH_TW) {
            LocalDate d = instant.atZone(TAIPEI).toLocalDate();
            int roc = MinguoDate.from(d).get(ChronoField.YEAR_OF_ERA);
            return "民國" + roc + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日（" + d.getYear() + "年）";
        }
        return EN_DATE.format(instant.atZone(ZoneOffset.UTC)) + " (UTC)";
    }
}
