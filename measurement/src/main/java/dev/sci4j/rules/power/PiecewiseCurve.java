package dev.sci4j.rules.power;

/**
 * A curve through measured points, read either linearly or as a natural cubic spline. The spline's second
 * derivatives are solved once here, so reading is cheap. Immutable and thread-safe.
 */
final class PiecewiseCurve {
    private final double[] x;
    private final double[] y;
    /** Second derivative of the natural spline at each knot; zero at both ends by definition. */
    private final double[] curvature;

    /** {@code x} strictly increasing, at least two points. Copies both arrays. */
    PiecewiseCurve(double[] x, double[] y) {
        if (x.length < 2 || x.length != y.length) {
            throw new IllegalArgumentException("a curve needs at least two points and as many x as y values");
        }
        for (int i = 1; i < x.length; i++) {
            if (!(x[i] > x[i - 1])) {
                throw new IllegalArgumentException(
                        "curve x values must increase strictly, got " + x[i - 1] + " then " + x[i]);
            }
        }
        this.x = x.clone();
        this.y = y.clone();
        this.curvature = naturalSplineCurvature(this.x, this.y);
    }

    double first() {
        return x[0];
    }

    double last() {
        return x[x.length - 1];
    }

    double linear(double at) {
        int i = segment(at);
        double t = (at - x[i]) / (x[i + 1] - x[i]);
        return y[i] + t * (y[i + 1] - y[i]);
    }

    double spline(double at) {
        int i = segment(at);
        double h = x[i + 1] - x[i];
        double a = x[i + 1] - at;
        double b = at - x[i];
        return curvature[i] * a * a * a / (6 * h)
                + curvature[i + 1] * b * b * b / (6 * h)
                + (y[i] / h - curvature[i] * h / 6) * a
                + (y[i + 1] / h - curvature[i + 1] * h / 6) * b;
    }

    /** Index of the segment [x[i], x[i+1]] holding {@code at}; the last point belongs to the last segment. */
    private int segment(double at) {
        if (!(at >= first() && at <= last())) {
            throw new IllegalArgumentException(at + " is outside the curve [" + first() + ", " + last() + "]");
        }
        int i = 0;
        while (i < x.length - 2 && at >= x[i + 1]) {
            i++;
        }
        return i;
    }

    /**
     * Solves the tridiagonal system for the interior second derivatives (Thomas algorithm); the natural end
     * conditions fix the first and last at zero.
     */
    private static double[] naturalSplineCurvature(double[] x, double[] y) {
        int n = x.length;
        double[] m = new double[n];
        if (n < 3) {
            return m;
        }
        double[] diag = new double[n];
        double[] rhs = new double[n];
        for (int i = 1; i < n - 1; i++) {
            double hLeft = x[i] - x[i - 1];
            double hRight = x[i + 1] - x[i];
            diag[i] = 2 * (hLeft + hRight);
            rhs[i] = 6 * ((y[i + 1] - y[i]) / hRight - (y[i] - y[i - 1]) / hLeft);
        }
        // Forward elimination: the sub- and super-diagonal entries between knots i-1 and i are both h(i-1, i).
        for (int i = 2; i < n - 1; i++) {
            double h = x[i] - x[i - 1];
            double factor = h / diag[i - 1];
            diag[i] -= factor * h;
            rhs[i] -= factor * rhs[i - 1];
        }
        for (int i = n - 2; i >= 1; i--) {
            double hRight = x[i + 1] - x[i];
            double above = i + 1 < n - 1 ? hRight * m[i + 1] : 0;
            m[i] = (rhs[i] - above) / diag[i];
        }
        return m;
    }
}
