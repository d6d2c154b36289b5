package dev.strata.store;

import dev.strata.record.RunRecord;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which record schema a store's branch was written with. Every commit strata makes carries a trailer
 * {@code Strata-Schema: strata.run/N}; reading the tip's is one object read, so a store written by a
 * newer strata is refused in one line before anything misreads it or an older writer mixes into it.
 */
public final class StoreSchema {

    static final String TRAILER = "Strata-Schema: ";
    private static final Pattern LINE = Pattern.compile("(?m)^Strata-Schema: strata\\.run/(\\d+)\\s*$");

    private StoreSchema() {
    }

    /** The commit message with the trailer of the schema this strata writes. */
    static String stamp(String message) {
        String m = message.endsWith("\n") ? message : message + "\n";
        return LINE.matcher(m).find() ? m : m + "\n" + TRAILER + RunRecord.SCHEMA + "\n";
    }

    /** Throws when the tip of {@code store}'s branch was written by a newer schema than this strata knows. */
    public static void requireReadable(GitStore store, String what) {
        requireReadable(store.repository(), store.tip(), what);
    }

    static void requireReadable(org.eclipse.jgit.lib.Repository repo, ObjectId tip, String what) {
        if (tip == null) {
            return;
        }
        try (RevWalk rw = new RevWalk(repo)) {
            RevCommit c = rw.parseCommit(tip);
            Matcher m = LINE.matcher(c.getFullMessage());
            int mine = Integer.parseInt(RunRecord.SCHEMA.substring(RunRecord.SCHEMA.indexOf('/') + 1));
            if (m.find() && Integer.parseInt(m.group(1)) > mine) {
                throw new StoreException(what + " was written by a newer strata (schema strata.run/" + m.group(1)
                        + "; this one knows " + RunRecord.SCHEMA + "): upgrade strata (the action's version input,"
                        + " or a newer release) before reading or adding runs");
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the tip of " + what + ": " + e.getMessage(), e);
        }
    }
}
