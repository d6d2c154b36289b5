package dev.strata.query;

import dev.strata.series.RunSummary;
import dev.strata.series.StoreSnapshot;
import dev.strata.series.SummaryCache;
import java.util.function.Consumer;
import dev.strata.record.RunRecord;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Finds one run by its id (a ULID) or by its store path {@code process/folder}. A ULID carries
 * its start time in milliseconds, which is also how the run folder is named, so only folders of
 * that millisecond are read; a run whose id does not follow that rule is still found by a full scan.
 */
public final class RunLookup {

    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final DateTimeFormatter FOLDER_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private RunLookup() {
    }

    /** A run found: its store path and its full record. */
    public record Found(String path, RunRecord record) {
    }

    /**
     * Finds the run at {@code rev}: by path from the listing alone, by ULID among the folders of its
     * millisecond, else among every run's summary (the store's cache); only the run found is read whole.
     */
    public static Found find(StoreSnapshot store, String rev, String what, Consumer<String> warn) {
        String w = what.trim();
        if (w.endsWith("/run.json")) {
            w = w.substring(0, w.length() - "/run.json".length());
        }
        while (w.endsWith("/")) {
            w = w.substring(0, w.length() - 1);
        }
        List<StoreSnapshot.Folder> folders = store.folders(rev);
        RunSummary found = null;
        if (w.contains("/")) {
            String path = w;
            List<StoreSnapshot.Folder> at = folders.stream().filter(f -> path.equals(f.process() + "/" + f.folder()))
                    .toList();
            found = first(store.load(at, rev, SummaryCache.none(), warn).runs(), r -> true);
        } else {
            String id = w.toUpperCase(Locale.ROOT);
            Instant t = ulidTime(id);
            if (t != null) {
                String prefix = FOLDER_TIME.format(t);
                List<StoreSnapshot.Folder> at = folders.stream().filter(f -> f.folder().startsWith(prefix)).toList();
                found = first(store.load(at, rev, SummaryCache.none(), warn).runs(), r -> id.equalsIgnoreCase(r.id()));
            }
            if (found == null) {
                SummaryCache cache = SummaryCache.open(SummaryCache.of(store.repository()));
                found = first(store.load(folders, rev, cache, warn).runs(), r -> id.equalsIgnoreCase(r.id()));
                cache.save();
            }
        }
        RunRecord record = found == null ? null : store.record(found, warn);
        if (record == null) {
            throw new IllegalArgumentException("no run '" + what + "' in the store: give a run id (ULID) or its path"
                    + " process/folder (strata export lists both)");
        }
        return new Found(found.path(), record);
    }

    private static RunSummary first(List<RunSummary> runs, java.util.function.Predicate<RunSummary> p) {
        return runs.stream().filter(p).findFirst().orElse(null);
    }

    /** The time part of a ULID, or null when {@code id} is not one. */
    static Instant ulidTime(String id) {
        if (id.length() != 26) {
            return null;
        }
        long t = 0;
        for (int i = 0; i < 10; i++) {
            int v = CROCKFORD.indexOf(id.charAt(i));
            if (v < 0) {
                return null;
            }
            t = (t << 5) | v;
        }
        for (int i = 10; i < 26; i++) {
            if (CROCKFORD.indexOf(id.charAt(i)) < 0) {
                return null;
            }
        }
        return t > 0 && t < 253402300800000L ? Instant.ofEpochMilli(t) : null;
    }
}
