package dev.strata.series;

import dev.strata.record.RecordFormatException;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.store.ProcessKey;
import dev.strata.store.StoreException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The one way into the store for every command: the runs at one revision, read straight from Git
 * objects (a local, bare, remote or branch store alike). The run folders are listed once (the root
 * and the process trees, never the folders themselves); each summary comes from the cache when its
 * folder's tree is known, else from streaming its run.json (in parallel); a record that cannot be
 * read is skipped with a warning naming it. Full records are read one at a time, only for the pages
 * and outputs that show their heavy sections.
 */
public final class StoreSnapshot implements AutoCloseable {

    /** One run folder of the tree. */
    public record Folder(String process, String folder, ObjectId tree) {
    }

    /** A file of a run folder other than run.json, relative to it. */
    public record Attachment(String path, ObjectId blob) {
    }

    /** What a load found: the runs, and how many came from where. */
    public record Loaded(List<RunSummary> runs, int parsed, int cached, int skipped, String commit) {
    }

    /** Records parsed by this JVM so far: tests see whether a command read from the cache. */
    private static final java.util.concurrent.atomic.AtomicLong PARSED = new java.util.concurrent.atomic.AtomicLong();

    private final Repository repo;
    private final ObjectReader reader;

    public static long parsedSoFar() {
        return PARSED.get();
    }

    public StoreSnapshot(Repository repo) {
        ReadCaches.install();
        this.repo = repo;
        this.reader = repo.newObjectReader();
    }

    /** Another snapshot of the same store, for another thread. */
    public StoreSnapshot sibling() {
        return new StoreSnapshot(repo);
    }

    /** Reads with the store's own cache ({@link SummaryCache#of}), and saves it for the next command. */
    public Loaded load(String rev, Consumer<String> warn) {
        SummaryCache cache = SummaryCache.open(SummaryCache.of(repo));
        Loaded loaded = load(rev, cache, warn);
        cache.save();
        return loaded;
    }

    public Loaded load(String rev, SummaryCache cache, Consumer<String> warn) {
        ObjectId[] commitAndTree = resolve(rev);
        if (commitAndTree == null) {
            return new Loaded(List.of(), 0, 0, 0, null);
        }
        Loaded loaded = load(list(commitAndTree[1]), commitAndTree[0].name(), cache, warn);
        // runs gone from the store leave the cache too; reading an older revision (--ref v1.14) keeps the newer runs
        if (loaded.runs().size() >= cache.size() || commitAndTree[0].equals(head())) {
            cache.retain(loaded.runs());
        }
        dev.strata.run.Trace.mark("read " + loaded.runs().size() + " runs: " + loaded.parsed() + " parsed, "
                + loaded.cached() + " from cache, " + loaded.skipped() + " skipped");
        return loaded;
    }

    /** The run folders at {@code rev} (empty when the store has no such revision yet). */
    public List<Folder> folders(String rev) {
        ObjectId[] commitAndTree = resolve(rev);
        return commitAndTree == null ? List.of() : list(commitAndTree[1]);
    }

    public Repository repository() {
        return repo;
    }

    private ObjectId head() {
        try {
            return repo.resolve(org.eclipse.jgit.lib.Constants.HEAD);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private ObjectId[] resolve(String rev) {
        try {
            ObjectId commit = repo.resolve(rev);
            if (commit == null) {
                return null;
            }
            try (RevWalk rw = new RevWalk(reader)) {
                return new ObjectId[]{commit, rw.parseCommit(commit).getTree()};
            }
        } catch (IOException | RuntimeException e) {
            throw new StoreException("cannot read revision '" + rev + "' of the store: " + e.getMessage(), e);
        }
    }

    /** The summaries of these folders (all of a revision, or some of them), in their order; new ones join the cache. */
    public Loaded load(List<Folder> folders, String commit, SummaryCache cache, Consumer<String> warn) {
        RunSummary[] found = new RunSummary[folders.size()];
        List<Folder> misses = new ArrayList<>();
        List<Integer> missAt = new ArrayList<>();
        for (int i = 0; i < found.length; i++) {
            Folder f = folders.get(i);
            RunSummary s = cache.get(f.tree().name());
            if (s != null && s.folder().equals(f.folder()) && s.process().equals(f.process())) {
                found[i] = s;
            } else {
                misses.add(f);
                missAt.add(i);
            }
        }
        int cached = found.length - misses.size();
        int skipped = 0;
        Object[] parsed = readAndParse(misses);
        for (int j = 0; j < parsed.length; j++) {
            if (parsed[j] instanceof RunSummary sum) {
                found[missAt.get(j)] = sum;
            } else if (parsed[j] instanceof String w) {
                skipped++;
                warn.accept(w);
            }
        }
        // store order: by process, then by folder (which starts with the run's start time)
        List<RunSummary> out = new ArrayList<>(found.length);
        for (RunSummary s : found) {
            if (s != null) {
                out.add(s);
            }
        }
        cache.add(out);
        PARSED.addAndGet(out.size() - cached);
        return new Loaded(out, out.size() - cached, cached, skipped, commit);
    }

    /**
     * Reads and parses the run.json of every folder, on every core: inflating blobs from a pack costs
     * as much as parsing them, so both run in parallel, each worker with its own object reader.
     */
    private Object[] readAndParse(List<Folder> folders) {
        Object[] parsed = new Object[folders.size()];
        if (folders.isEmpty()) {
            return parsed;
        }
        List<ObjectReader> readers = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<ObjectReader> local = ThreadLocal.withInitial(() -> {
            ObjectReader r = repo.newObjectReader();
            readers.add(r);
            return r;
        });
        java.util.Map<String, String> texts = new java.util.concurrent.ConcurrentHashMap<>();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            pool.submit(() -> IntStream.range(0, folders.size()).parallel().forEach(i -> {
                ObjectReader r = local.get();
                Folder f = folders.get(i);
                ObjectId blob = find(r, f.tree(), "run.json");
                parsed[i] = blob == null ? null : parse(f, read(r, blob), texts);
            })).join();
        } finally {
            pool.shutdown();
            readers.forEach(ObjectReader::close);
        }
        return parsed;
    }

    private static Object parse(Folder f, byte[] json, java.util.Map<String, String> texts) {
        if (json == null) {
            return null;
        }
        String where = f.process() + "/" + f.folder() + "/run.json";
        try {
            RunSummary s = SummaryParser.parse(json, f.folder(), f.tree().name(), where, texts);
            if (!f.process().equals(s.process())) {
                return "skipped " + where + ": its process '" + s.process() + "' does not match its folder";
            }
            return s;
        } catch (RecordFormatException e) {
            return "skipped " + e.getMessage();
        } catch (RuntimeException e) {
            return "skipped " + where + ": " + e;
        }
    }

    /** Every run folder: only the root and the process trees are read, not the run folders. */
    public List<Folder> list(ObjectId root) {
        List<Folder> out = new ArrayList<>();
        try {
            CanonicalTreeParser p = new CanonicalTreeParser(null, reader, root);
            for (; !p.eof(); p.next()) {
                String process = p.getEntryPathString();
                if (p.getEntryFileMode() != FileMode.TREE || !ProcessKey.isValid(process)) {
                    continue;
                }
                CanonicalTreeParser q = new CanonicalTreeParser(null, reader, p.getEntryObjectId());
                for (; !q.eof(); q.next()) {
                    if (q.getEntryFileMode() == FileMode.TREE) {
                        out.add(new Folder(process, q.getEntryPathString(), q.getEntryObjectId()));
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot list the store: " + e.getMessage(), e);
        }
        return out;
    }

    /** The full record of a run, for its own page; null (with a warning) when it cannot be read. */
    public RunRecord record(RunSummary s, Consumer<String> warn) {
        ObjectId blob = find(ObjectId.fromString(s.treeId()), "run.json");
        String where = s.path() + "/run.json";
        if (blob == null) {
            warn.accept("skipped " + where + ": missing");
            return null;
        }
        try {
            return RunJson.read(read(blob), where);
        } catch (RecordFormatException e) {
            warn.accept("skipped " + e.getMessage());
            return null;
        }
    }

    public List<Attachment> attachments(String treeId) {
        List<Attachment> out = new ArrayList<>();
        try {
            collect(ObjectId.fromString(treeId), "", out);
        } catch (IOException e) {
            throw new StoreException("cannot read run folder " + treeId + ": " + e.getMessage(), e);
        }
        return out;
    }

    private void collect(ObjectId tree, String prefix, List<Attachment> out) throws IOException {
        CanonicalTreeParser p = new CanonicalTreeParser(null, reader, tree);
        for (; !p.eof(); p.next()) {
            String path = prefix + p.getEntryPathString();
            if (p.getEntryFileMode() == FileMode.TREE) {
                collect(p.getEntryObjectId(), path + "/", out);
            } else if (!path.equals("run.json")) {
                out.add(new Attachment(path, p.getEntryObjectId()));
            }
        }
    }

    /** The blob of a folder's run.json, or null when it has none. */
    public ObjectId runJsonBlob(Folder f) {
        return find(f.tree(), "run.json");
    }

    private ObjectId find(ObjectId tree, String name) {
        return find(reader, tree, name);
    }

    private static ObjectId find(ObjectReader reader, ObjectId tree, String name) {
        try {
            CanonicalTreeParser p = new CanonicalTreeParser(null, reader, tree);
            for (; !p.eof(); p.next()) {
                if (p.getEntryPathString().equals(name) && p.getEntryFileMode() != FileMode.TREE) {
                    return p.getEntryObjectId();
                }
            }
            return null;
        } catch (IOException e) {
            throw new StoreException("cannot read run folder " + tree.name() + ": " + e.getMessage(), e);
        }
    }

    public byte[] read(ObjectId blob) {
        return read(reader, blob);
    }

    private static byte[] read(ObjectReader reader, ObjectId blob) {
        try {
            return reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new StoreException("cannot read object " + blob.name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
