package dev.strata.summary;

/** The 97.5% quantile of Student's t (two-sided 95% intervals). */
final class StudentT {

    // exact to three decimals for 1..30 degrees of freedom
    private static final double[] TABLE = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
            2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
            2.056, 2.052, 2.048, 2.045, 2.042};
    private static final double Z = 1.959964;

    private StudentT() {
    }

    static double quantile975(int df) {
        if (df < 1) {
            return Double.NaN;
        }
        if (df <= TABLE.length) {
            return TABLE[df - 1];
        }
        // Cornish-Fisher expansion around the normal quantile: below 1e-4 off from 31 degrees of freedom on
        double z3 = Z * Z * Z, z5 = z3 * Z * Z;
        return Z + (z3 + Z) / (4.0 * df) + (5 * z5 + 16 * z3 + 3 * Z) / (96.0 * df * df);
    }
}
