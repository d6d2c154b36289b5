package dev.strata.site;

import java.util.List;

/** Change points, newest first: regressions and improvements with their evidence and links. */
public record RegressionsView(boolean detectorRan, List<Row> rows) {

    /** {@code symbol} and {@code direction} say what the colour says, for readers who cannot see it. */
    public record Row(String process, String processHref, String metric, String host, String direction,
                      String directionClass, String symbol, String change, String ratio, String confidence,
                      String commitRange, String date, String goodHref, String goodLabel, String badHref,
                      String badLabel, String diffHref) {
    }
}
