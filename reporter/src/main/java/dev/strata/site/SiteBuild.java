package dev.strata.site;

import dev.strata.series.MetricInfo;
import dev.strata.series.RunSummary;
import dev.strata.series.StoreSnapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What one build of the site knows, shared by the page kinds: the model, the site, a reader of the store
 * for each thread, and the digests pages are keyed by. Anything two kinds need (the metrics of the
 * tag roll-ups, a digest of every run) is made once, on first use.
 */
final class SiteBuild implements AutoCloseable {

    final SiteModel m;
    final SiteContext site;
    final String storeCommit;
    final boolean detectorRan;
    final DiffFlamegraphs diff;
    final Consumer<String> warn;
    /** What every page depends on: the templates, the site's title and options, the host aliases. */
    private final String common;
    private final List<StoreSnapshot> readers = Collections.synchronizedList(new ArrayList<>());
    private final ThreadLocal<StoreSnapshot> reader;
    private List<MetricInfo> rollUpMetrics;
    private TagsPage.Medians medians;
    private List<TagsView.TagRow> tagRows;
    private String everything;
    private final Map<String, String> runsOf = new ConcurrentHashMap<>();
    private final ProcessParts parts;

    SiteBuild(SiteModel m, SiteContext site, String storeCommit, boolean detectorRan, DiffFlamegraphs diff,
              StoreSnapshot store, String templateVersion, ProcessParts parts, Consumer<String> warn) {
        this.m = m;
        this.site = site;
        this.storeCommit = storeCommit;
        this.detectorRan = detectorRan;
        this.diff = diff;
        this.warn = warn;
        this.parts = parts;
        this.common = SiteBuilder.digest(templateVersion, Json.of(site), Json.of(m.options), m.privacy.fingerprint(),
                diff.getClass().getName());
        // JGit's object readers are not shared across threads
        this.reader = ThreadLocal.withInitial(() -> {
            StoreSnapshot s = store.sibling();
            readers.add(s);
            return s;
        });
    }

    /** A digest of {@code parts} and of what every page depends on. */
    String digest(Object... parts) {
        Object[] all = new Object[parts.length + 1];
        all[0] = common;
        System.arraycopy(parts, 0, all, 1, parts.length);
        return SiteBuilder.digest(all);
    }

    /** The store, for this thread. */
    StoreSnapshot reader() {
        return reader.get();
    }

    /** A run as pages that show it depend on it: its contents, and whether it has a page to link. */
    void appendRun(StringBuilder sb, RunSummary r) {
        sb.append(r.treeId()).append(m.hasPage(r) ? '+' : '-').append(';');
    }

    /** A digest of a process's runs (and which have pages): what its own page and its parts are made from. */
    String runsOf(String process) {
        return runsOf.computeIfAbsent(process, p -> {
            List<RunSummary> runs = m.byProcess.get(p);
            StringBuilder sb = new StringBuilder(runs.size() * 44);
            runs.forEach(r -> appendRun(sb, r));
            return digest("runs", p, sb);
        });
    }

    /** What the pages that show every process take from {@code process}. */
    ProcessParts.Parts parts(String process) {
        return parts.of(this, process);
    }

    /** A digest of every run and change point: the pages that look at the whole store are kept while it holds. */
    synchronized String everything() {
        if (everything == null) {
            StringBuilder sb = new StringBuilder(m.runs.size() * 44);
            for (List<RunSummary> runs : m.byProcess.values()) {
                runs.forEach(r -> appendRun(sb, r));
            }
            everything = digest("everything", sb, Changes.digest(m.changePoints, m.events), m.downloads, detectorRan);
        }
        return everything;
    }

    synchronized List<MetricInfo> rollUpMetrics() {
        if (rollUpMetrics == null) {
            rollUpMetrics = TagsPage.metrics(m);
        }
        return rollUpMetrics;
    }

    synchronized TagsPage.Medians medians() {
        if (medians == null) {
            medians = new TagsPage.Medians(m, rollUpMetrics());
        }
        return medians;
    }

    synchronized List<TagsView.TagRow> tagRows() {
        if (tagRows == null) {
            tagRows = TagsPage.rows(m, "");
        }
        return tagRows;
    }

    @Override
    public void close() {
        readers.forEach(StoreSnapshot::close);
    }
}
