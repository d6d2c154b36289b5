package dev.strata.site;

import java.util.List;

/**
 * One tag's roll-up: per process and series, the median of each metric over the tag's runs, next to
 * another tag's (by default the previous one) with their ratio. Each cell says worse or better in
 * words and a symbol as well as colour.
 */
public record TagView(String tag, String against, List<String> otherTags, List<String> metrics, List<Row> rows,
                      int worse, int better, String slug) {

    public record Row(String process, String href, String series, String runHref, List<Cell> cells) {
    }

    /** {@code other} and {@code change} are null when there is nothing to compare with. */
    public record Cell(String value, String other, String change, String cls, String signal) {
    }
}
