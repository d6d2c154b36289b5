package dev.strata.check;

import dev.strata.series.RunSummary;
import dev.strata.series.SeriesBuilder;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a check's summary points at: the commit range it judged and, when the site is published
 * ({@code --site-url}), the pages a reader opens next: the process's trend, the baseline's run and
 * the regressions page. Paths are the site's own (p/NAME.html, r/NAME/FOLDER.html).
 *
 * @param range        {@code base..current} as short SHAs, or null when a side has no commit
 * @param siteUrl      the published site with a trailing slash, or null
 * @param baselineRuns per process, the site path of the newest baseline run
 */
public record CheckLinks(String range, String siteUrl, Map<String, String> baselineRuns) {

    public static final CheckLinks NONE = new CheckLinks(null, null, Map.of());

    public static CheckLinks of(Selection current, Selection baseline, String siteUrl) {
        String cur = newestSha(current.runs()).orElse(null);
        String base = newestSha(baseline.runs()).orElse(null);
        Map<String, String> runs = new LinkedHashMap<>();
        baseline.runs().stream().sorted(Comparator.comparing((RunSummary r) -> r.startedAt(), Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                .forEach(r -> runs.putIfAbsent(r.process(), "r/" + r.path() + ".html"));
        String url = siteUrl == null || siteUrl.isBlank() ? null : siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
        return new CheckLinks(cur == null || base == null ? null : shortSha(base) + ".." + shortSha(cur), url, runs);
    }

    private static Optional<String> newestSha(List<RunSummary> runs) {
        return runs.stream().filter(r -> r.sha() != null)
                .max(Comparator.comparing(SeriesBuilder::timeOf))
                .map(RunSummary::sha);
    }

    private static String shortSha(String sha) {
        return sha.length() > 7 ? sha.substring(0, 7) : sha;
    }

    /** The page of a process's trend, or null without a site. */
    String processPage(String process) {
        return siteUrl == null ? null : siteUrl + "p/" + process + ".html";
    }

    String baselineRunPage(String process) {
        String p = baselineRuns.get(process);
        return siteUrl == null || p == null ? null : siteUrl + p;
    }

    String regressionsPage() {
        return siteUrl == null ? null : siteUrl + "regressions.html";
    }
}
