package dev.strata.check;

import dev.strata.series.RunSummary;
import dev.strata.series.SeriesBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Picks the runs of each side of a check. The current side is a commit ({@code HEAD} of the code
 * repository, or a SHA prefix); the baseline is a tag ({@code record.tag} or {@code git describe}),
 * a SHA prefix, a revision of the code repository ({@code main~3}) or {@code last:N}, the N latest
 * commits measured before the current one. Naming nothing that has runs is a data error, said plainly.
 */
public final class RunSelector {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{4,40}");
    private static final Pattern LAST = Pattern.compile("last:(\\d+)");
    private static final int MAX_ANCESTORS = 1000;
    static final String SHALLOW_FIX = "fetch its history (actions/checkout with fetch-depth: 0; GitLab CI:"
            + " GIT_DEPTH: 0; or git fetch --unshallow)";

    private final List<RunSummary> runs;
    private final CodeRepo code;

    /** @param code the code repository, or null when there is none */
    public RunSelector(List<RunSummary> runs, CodeRepo code) {
        this.runs = runs.stream().filter(RunSummary::counts).toList();
        this.code = code;
    }

    public Selection current(String spec) {
        String sha = matchingSha(spec);
        if (sha == null) {
            sha = resolveInCode(spec, "--current");
        }
        String full = sha;
        List<RunSummary> found = select(r -> full.equals(shaOf(r)));
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no runs for the current commit " + shortSha(sha)
                    + (spec.equalsIgnoreCase(sha) ? "" : " (" + spec + ")") + " in the store: measure it first"
                    + " (strata run) or name another with --current SHA");
        }
        return new Selection(label(spec, sha), found);
    }

    public Selection baseline(String spec, Selection current) {
        Set<String> currentShas = new LinkedHashSet<>();
        current.runs().forEach(r -> currentShas.add(shaOf(r)));
        var last = LAST.matcher(spec);
        if (last.matches()) {
            return last(spec, Integer.parseInt(last.group(1)), current);
        }
        if (spec.startsWith("last:")) {
            throw new IllegalArgumentException("--baseline " + spec + ": expected last:N with N a number of commits");
        }
        List<RunSummary> tagged = select(r -> !currentShas.contains(shaOf(r))
                && (spec.equals(r.tag()) || spec.equals(r.describe())));
        if (!tagged.isEmpty()) {
            Set<String> shas = new LinkedHashSet<>();
            tagged.forEach(r -> shas.add(shortSha(shaOf(r))));
            return new Selection(spec + " (" + String.join(", ", shas) + ")", tagged);
        }
        String sha = matchingSha(spec);
        if (sha == null) {
            sha = resolveInCode(spec, "--baseline");
        }
        if (currentShas.contains(sha)) {
            throw new IllegalArgumentException("--baseline " + spec + " is the current commit " + shortSha(sha)
                    + ": compare with an earlier one");
        }
        String full = sha;
        List<RunSummary> found = select(r -> full.equals(shaOf(r)));
        if (!found.isEmpty()) {
            return new Selection(label(spec, sha), found);
        }
        return nearestMeasuredAncestor(spec, sha, currentShas);
    }

    /*
     * A branch's tip is often not measured yet (its jobs still run, or a path filter skipped them):
     * the newest first-parent ancestor that has runs stands in for it, and the label says so. A tag
     * names a release: it is compared as named or not at all.
     */
    private Selection nearestMeasuredAncestor(String spec, String sha, Set<String> currentShas) {
        if (code != null && !code.isTag(spec)) {
            List<String> ancestors = code.firstParents(sha, MAX_ANCESTORS);
            for (int back = 1; back < ancestors.size(); back++) {
                String a = ancestors.get(back);
                if (currentShas.contains(a)) {
                    continue;
                }
                List<RunSummary> found = select(r -> a.equals(shaOf(r)));
                if (!found.isEmpty()) {
                    return new Selection(spec + " (" + shortSha(a) + ", measured " + back
                            + (back == 1 ? " commit" : " commits") + " before " + shortSha(sha) + ")", found);
                }
            }
            if (code.isShallow() && ancestors.size() < MAX_ANCESTORS) {
                throw new IllegalArgumentException("no runs for the baseline " + spec + " (commit " + shortSha(sha)
                        + ") nor for the " + (ancestors.size() - 1) + " ancestors this shallow clone has: " + SHALLOW_FIX);
            }
        }
        throw new IllegalArgumentException("no runs for the baseline " + spec + " (commit " + shortSha(sha)
                + ") in the store: measure it, or pick another with --baseline");
    }

    /** Per process, the runs of the N latest commits measured before the current commit. */
    private Selection last(String spec, int n, Selection current) {
        if (n < 1) {
            throw new IllegalArgumentException("--baseline " + spec + ": N must be at least 1");
        }
        Instant now = current.runs().stream().map(r -> SeriesBuilder.timeOf(r))
                .min(Comparator.naturalOrder()).orElseThrow();
        Set<String> currentShas = new LinkedHashSet<>();
        current.runs().forEach(r -> currentShas.add(shaOf(r)));
        Map<String, TreeMap<Instant, Set<String>>> commitsByProcess = new TreeMap<>();
        for (RunSummary r : runs) {
            Instant t = SeriesBuilder.timeOf(r);
            String sha = shaOf(r);
            if (t.isBefore(now) && !currentShas.contains(sha) && r.sha() != null) {
                commitsByProcess.computeIfAbsent(r.process(), k -> new TreeMap<>())
                        .computeIfAbsent(t, k -> new LinkedHashSet<>()).add(sha);
            }
        }
        Set<String> chosen = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Map.Entry<String, TreeMap<Instant, Set<String>>> e : commitsByProcess.entrySet()) {
            List<String> shas = new ArrayList<>();
            e.getValue().descendingMap().values().forEach(shas::addAll);
            for (String s : shas.subList(0, Math.min(n, shas.size()))) {
                keys.add(e.getKey() + "\n" + s);
                chosen.add(s);
            }
        }
        List<RunSummary> found = select(r -> keys.contains(r.process() + "\n" + r.sha()));
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no runs for the baseline " + spec
                    + ": nothing was measured before the current commit");
        }
        return new Selection(spec + " (" + chosen.size() + (chosen.size() == 1 ? " commit)" : " commits)"), found);
    }

    /** The one full SHA of the runs that {@code prefix} names, or null when none does. */
    private String matchingSha(String prefix) {
        if (!HEX.matcher(prefix).matches()) {
            return null;
        }
        String p = prefix.toLowerCase(java.util.Locale.ROOT);
        Set<String> shas = new LinkedHashSet<>();
        for (RunSummary r : runs) {
            String s = shaOf(r);
            if (s != null && s.startsWith(p)) {
                shas.add(s);
            }
        }
        if (shas.size() > 1) {
            throw new IllegalArgumentException("commit prefix '" + prefix + "' is ambiguous in the store: "
                    + String.join(", ", shas.stream().map(RunSelector::shortSha).toList()));
        }
        return shas.isEmpty() ? null : shas.iterator().next();
    }

    private String resolveInCode(String rev, String option) {
        if (code == null) {
            throw new IllegalArgumentException(option + " " + rev + ": no run has that tag or commit, and there"
                    + " is no Git repository here to resolve it (use --repo DIR, or a SHA from the store)");
        }
        String sha = code.resolve(rev);
        if (sha == null && code.isShallow()) {
            throw new IllegalArgumentException(option + " " + rev + ": no run has that tag or commit, and the shallow"
                    + " clone at " + code.where() + " lacks it: " + SHALLOW_FIX);
        }
        if (sha == null) {
            throw new IllegalArgumentException(option + " " + rev + ": no run has that tag or commit, and "
                    + code.where() + " has no such revision");
        }
        return sha;
    }

    private List<RunSummary> select(Predicate<RunSummary> p) {
        return runs.stream().filter(p).toList();
    }

    private static String shaOf(RunSummary r) {
        return r.sha();
    }

    static String shortSha(String sha) {
        return sha == null ? "?" : sha.length() > 10 ? sha.substring(0, 10) : sha;
    }

    private static String label(String spec, String sha) {
        return sha.startsWith(spec.toLowerCase(java.util.Locale.ROOT)) ? shortSha(sha) : spec + " (" + shortSha(sha) + ")";
    }
}
