package dev.strata.query;

import dev.strata.export.ExportRun;
import dev.strata.export.StoreRuns;
import dev.strata.record.RunRecord;
import org.eclipse.jgit.lib.ObjectReader;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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

    public static ExportRun find(StoreRuns runs, String what) {
        String w = what.trim();
        if (w.endsWith("/run.json")) {
            w = w.substring(0, w.length() - "/run.json".length());
        }
        while (w.endsWith("/")) {
            w = w.substring(0, w.length() - 1);
        }
        List<ExportRun> found = new ArrayList<>();
        try (ObjectReader reader = runs.repository().newObjectReader()) {
            if (w.contains("/")) {
                String path = w;
                runs.forEachEntry(e -> {
                    if (e.path().equals(path)) {
                        add(found, runs, reader, e);
                    }
                });
            } else {
                String id = w.toUpperCase(Locale.ROOT);
                Instant at = ulidTime(id);
                if (at != null) {
                    String prefix = FOLDER_TIME.format(at);
                    runs.forEachEntry(e -> {
                        if (e.folder().startsWith(prefix)) {
                            RunRecord r = runs.read(reader, e);
                            if (r != null && id.equalsIgnoreCase(r.id())) {
                                found.add(new ExportRun(e.path(), r));
                            }
                        }
                    });
                }
                if (found.isEmpty()) {
                    runs.forEach(run -> {
                        if (id.equalsIgnoreCase(run.record().id())) {
                            found.add(run);
                        }
                    });
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no run '" + what + "' in the store: give a run id (ULID) or its path"
                    + " process/folder (strata export lists both)");
        }
        return found.get(0);
    }

    private static void add(List<ExportRun> found, StoreRuns runs, ObjectReader reader, StoreRuns.Entry e) {
        RunRecord r = runs.read(reader, e);
        if (r != null) {
            found.add(new ExportRun(e.path(), r));
        }
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
