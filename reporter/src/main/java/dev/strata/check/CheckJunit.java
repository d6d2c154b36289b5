package dev.strata.check;

import dev.strata.output.OutputFormat;


/**
 * JUnit XML of a check for CI dashboards: one test case per process x metric; a regression is a
 * failure, an inconclusive comparison is skipped, everything else passes.
 */
public final class CheckJunit implements OutputFormat.Whole<CheckReport> {

    @Override
    public String text(CheckReport r) {
        int n = r.comparisons().size();
        long failures = r.count(Verdict.REGRESSION);
        long skipped = r.count(Verdict.INCONCLUSIVE);
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<testsuites name=\"strata check\" tests=\"").append(n).append("\" failures=\"").append(failures)
                .append("\" errors=\"0\" skipped=\"").append(skipped).append("\">\n");
        b.append("  <testsuite name=\"").append(attr("strata check " + r.current() + " vs " + r.baseline()))
                .append("\" tests=\"").append(n).append("\" failures=\"").append(failures)
                .append("\" errors=\"0\" skipped=\"").append(skipped).append("\">\n");
        for (Comparison c : r.comparisons()) {
            String summary = c.metric().name() + " " + Cells.change(c.ratio()) + " ("
                    + Cells.value(c.metric(), c.baselineMedian()) + " -> " + Cells.value(c.metric(), c.currentMedian())
                    + "), 95% interval " + Cells.interval(c) + ", p = " + Cells.p(c.pWorse()) + ", runs "
                    + Cells.runs(c) + ", threshold " + dev.strata.detect.Thresholds.percent(c.threshold())
                    + (c.note() != null ? "; " + c.note() : "");
            b.append("    <testcase classname=\"").append(attr(c.process())).append("\" name=\"")
                    .append(attr(c.metric().name())).append('"');
            switch (c.verdict()) {
                case REGRESSION -> {
                    b.append(">\n      <failure type=\"regression\" message=\"").append(attr(summary)).append("\"/>\n");
                    String profiles = String.join("\n", r.escalations().stream()
                            .filter(e -> e.process().equals(c.process())).map(e -> "profile: " + e.line()).toList());
                    if (!profiles.isEmpty()) {
                        b.append("      <system-out>").append(text(profiles)).append("</system-out>\n");
                    }
                    b.append("    </testcase>\n");
                }
                case INCONCLUSIVE -> b.append(">\n      <skipped message=\"").append(attr("inconclusive: " + summary))
                        .append("\"/>\n    </testcase>\n");
                default -> b.append(">\n      <system-out>").append(text(c.verdict().label() + ": " + summary))
                        .append("</system-out>\n    </testcase>\n");
            }
        }
        return b.append("  </testsuite>\n</testsuites>\n").toString();
    }

    private static String text(String s) {
        return clean(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;");
    }

    /** Drops characters XML 1.0 cannot carry at all. */
    private static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF).forEach(b::appendCodePoint);
        return b.toString();
    }
}
