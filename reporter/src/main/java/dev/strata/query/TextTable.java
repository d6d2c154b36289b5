package dev.strata.query;

import java.util.List;

/** Aligned plain-text columns: text left, numbers (columns from {@code firstNumber} on) right, two spaces apart. */
public final class TextTable {

    private TextTable() {
    }

    public static String render(List<String[]> rows, int firstNumber) {
        if (rows.isEmpty()) {
            return "";
        }
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < cols; i++) {
                width[i] = Math.max(width[i], length(r[i]));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                String cell = r[i] == null ? "" : r[i];
                String pad = " ".repeat(width[i] - length(cell));
                if (i > 0) {
                    line.append("  ");
                }
                line.append(i >= firstNumber ? pad + cell : cell + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static int length(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }
}
