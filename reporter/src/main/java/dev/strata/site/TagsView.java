package dev.strata.site;

import java.util.List;

/** The tags index: every tag, newest first, with what it covers. */
public record TagsView(List<TagRow> tags) {

    public record TagRow(String tag, String href, String firstSeen, int processes, int runs, String previous) {
    }
}
