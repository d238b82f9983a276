package dev.sci4j.compare;

import java.util.List;
import java.util.Locale;

/**
 * An inline SVG bar chart of normalised scores with their 95 % intervals as error bars: no script, no external
 * assets, coordinates written with {@link Locale#ROOT}. The SVG is an image with a title and a description that
 * states every value, for screen readers. Colours meet WCAG AA contrast on white. Stateless.
 */
final class BarChart {
    static final String BAR = "#1f4e79";
    static final String INK = "#1a1a1a";
    private static final int WIDTH = 760;
    private static final int LABEL = 260;
    private static final int ROW = 44;
    private static final int TOP = 16;
    private static final int AXIS = 40;

    private BarChart() {}

    /** A bar for one vendor: its label, score, interval bounds and the value as text. */
    record Bar(String label, double value, double low, double high, String valueText) {}

    static String svg(List<Bar> bars, String title, String description, String axisLabel) {
        double max = bars.stream().mapToDouble(Bar::high).max().orElse(1);
        max = max <= 0 ? 1 : max * 1.15;
        int plot = WIDTH - LABEL - 20;
        int height = TOP + ROW * bars.size() + AXIS;
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\""
                        + " viewBox=\"0 0 %d %d\" aria-labelledby=\"chart-title chart-desc\">%n",
                WIDTH,
                height,
                WIDTH,
                height));
        s.append("<title id=\"chart-title\">").append(Html.escape(title)).append("</title>\n");
        s.append("<desc id=\"chart-desc\">").append(Html.escape(description)).append("</desc>\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = TOP + ROW * i;
            double w = plot * b.value() / max;
            double lo = LABEL + plot * b.low() / max;
            double hi = LABEL + plot * b.high() / max;
            double mid = y + ROW / 2.0 - 4;
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" fill=\"%s\" font-size=\"14\" text-anchor=\"end\">%s</text>%n",
                    LABEL - 8,
                    mid + 5,
                    INK,
                    Html.escape(b.label())));
            s.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%.1f\" width=\"%.2f\" height=\"%d\" fill=\"%s\"/>%n",
                    LABEL,
                    y + 6,
                    w,
                    ROW - 20,
                    BAR));
            s.append(String.format(
                    Locale.ROOT,
                    "<path d=\"M%.2f %.1fV%.1fM%.2f %.1fH%.2fM%.2f %.1fV%.1f\" stroke=\"%s\" stroke-width=\"2\" fill=\"none\"/>%n",
                    lo,
                    mid - 7,
                    mid + 7,
                    lo,
                    mid,
                    hi,
                    hi,
                    mid - 7,
                    mid + 7,
                    INK));
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.2f\" y=\"%.1f\" fill=\"%s\" font-size=\"13\">%s</text>%n",
                    Math.min(hi + 6, WIDTH - 110.0),
                    y + ROW - 2,
                    INK,
                    Html.escape(b.valueText())));
        }
        double axisY = TOP + ROW * bars.size() + 4;
        s.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                LABEL,
                axisY,
                LABEL + plot,
                axisY,
                INK));
        s.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%.1f\" fill=\"%s\" font-size=\"13\">0</text>%n",
                LABEL,
                axisY + 18,
                INK));
        s.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%.1f\" fill=\"%s\" font-size=\"13\" text-anchor=\"end\">%s</text>%n",
                LABEL + plot,
                axisY + 18,
                INK,
                Html.escape(axisLabel)));
        s.append("</svg>\n");
        return s.toString();
    }
}
