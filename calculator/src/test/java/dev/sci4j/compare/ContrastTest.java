package dev.sci4j.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** WCAG 2.1 AA: text and the chart's marks need a contrast ratio of at least 4.5:1 against the white page. */
class ContrastTest {
    @Test
    void everyColourOfThePagesMeetsAaOnWhite() {
        Matcher m = Pattern.compile("#[0-9a-fA-F]{6}").matcher(PageStyle.CSS + BarChart.BAR + BarChart.INK);
        int checked = 0;
        while (m.find()) {
            String colour = m.group();
            if (colour.equalsIgnoreCase("#ffffff") || colour.equalsIgnoreCase("#e8eef5")) {
                continue; // backgrounds: checked below as the header's background
            }
            assertThat(ratio(colour, "#ffffff")).as(colour).isGreaterThanOrEqualTo(4.5);
            checked++;
        }
        assertThat(checked).isGreaterThan(4);
        assertThat(ratio("#1a1a1a", "#e8eef5")).isGreaterThanOrEqualTo(4.5);
    }

    private static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
