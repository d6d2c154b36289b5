package dev.strata.site;

import java.util.List;

/**
 * Change points, newest first, in groups that share a commit range (one cause, many series); with the
 * processes and counts the page's filters offer.
 */
public record RegressionsView(boolean detectorRan, int regressions, int improvements, List<Group> groups,
                              List<Option> processes) {

    /**
     * {@code kinds} and {@code processes} are space-separated, for the filters; {@code summary} says in
     * words and symbols what the colour of {@code summaryClass} says; a group of one series names it
     * ({@code label}, {@code metric}), a bigger one counts them; {@code event} says so when the detector
     * found its series to be one environment event (else null).
     */
    public record Group(String id, String date, String commitRange, String kinds, String processes, String summary,
                        String summaryClass, Label label, String metric, List<Row> rows, String event) {
    }

    /**
     * {@code symbol} and {@code direction} say what the colour says, for readers who cannot see it;
     * {@code status} is {@code possible} for a step too new to have held (else null).
     */
    public record Row(String process, Label label, String processHref, String metric, String host, String direction,
                      String directionClass, String symbol, String change, String ratio, String confidence,
                      String commitRange, String date, String goodHref, String goodLabel, String badHref,
                      String badLabel, String diffHref, String status) {
    }

    public record Option(String value, String text) {
    }
}
