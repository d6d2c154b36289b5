package dev.strata.output;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * Aligned plain-text columns for terminals: two spaces apart, text left, numbers right, no trailing
 * spaces. Widths count code points, so a name with accents lines up as well as one without.
 */
public final class TextTable {

    private TextTable() {
    }

    /** The columns from {@code firstNumber} on are numbers. */
    public static String render(List<String[]> rows, int firstNumber) {
        return render(rows, i -> i >= firstNumber);
    }

    /** {@code right} says which columns (by index) are right-aligned. A null cell is empty. */
    public static String render(List<String[]> rows, IntPredicate right) {
        if (rows.isEmpty()) {
            return "";
        }
        int cols = 0;
        for (String[] r : rows) {
            cols = Math.max(cols, r.length);
        }
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], length(r[i]));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String cell = r[i] == null ? "" : r[i];
                String pad = " ".repeat(width[i] - length(cell));
                if (i > 0) {
                    line.append("  ");
                }
                line.append(right.test(i) ? pad + cell : cell + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static int length(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }
}
