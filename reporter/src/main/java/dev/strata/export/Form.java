package dev.strata.export;

/** Wide: one row per run, a column per metric. Long: one row per run and metric, with its unit. */
public enum Form {
    WIDE, LONG
}
