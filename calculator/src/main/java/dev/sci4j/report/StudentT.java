package dev.sci4j.report;

/**
 * Two-sided 95 % quantiles of Student's t distribution, t(0.975, df), from the standard table. Between tabled
 * degrees of freedom the next lower one is used, which widens the interval slightly: never narrower than true.
 * Stateless and thread-safe.
 */
final class StudentT {
    /** t(0.975, df) for df = 1 … 30. */
    private static final double[] UP_TO_30 = {12.7062047, 4.30265273, 3.18244631, 2.77644511, 2.57058184,
        2.44691185, 2.36462425, 2.30600414, 2.26215716, 2.22813885, 2.20098516, 2.17881283, 2.16036866, 2.14478669,
        2.13144955, 2.11990530, 2.10981558, 2.10092204, 2.09302405, 2.08596345, 2.07961384, 2.07387307, 2.06865761,
        2.06389856, 2.05953855, 2.05552944, 2.05183052, 2.04840714, 2.04522964, 2.04227246};

    private StudentT() {
    }

    static double quantile975(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1, got " + degreesOfFreedom);
        }
        if (degreesOfFreedom <= 30) {
            return UP_TO_30[degreesOfFreedom - 1];
        }
        if (degreesOfFreedom < 40) {
            return UP_TO_30[29];
        }
        if (degreesOfFreedom < 60) {
            return 2.02107539;
        }
        if (degreesOfFreedom < 120) {
            return 2.00029782;
        }
        return 1.97993224;
    }
}
