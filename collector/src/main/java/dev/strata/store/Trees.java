package dev.strata.store;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Git trees edited by path without an index: only the trees on the path of a new run are read
 * and rewritten (the process folder as raw bytes, copied with the new entry in place), so a
 * commit stays cheap at 100,000 runs.
 */
final class Trees {

    record Entry(byte[] name, FileMode mode, ObjectId id) {
        Entry(String name, FileMode mode, ObjectId id) {
            this(name.getBytes(StandardCharsets.UTF_8), mode, id);
        }

        boolean isTree() {
            return mode == FileMode.TREE;
        }

        String nameString() {
            return new String(name, StandardCharsets.UTF_8);
        }
    }

    /** Git's order: bytes of the name, where a tree sorts as if its name ended in '/'. */
    static final Comparator<Entry> GIT_ORDER = (a, b) -> compare(a.name, a.isTree(), b.name, b.isTree());

    /** Thrown when a new entry's name is already taken. */
    static final class NameTaken extends Exception {
        final String name;

        NameTaken(String name) {
            super(name, null, false, false);
            this.name = name;
        }
    }

    private Trees() {
    }

    static int compare(byte[] a, boolean aTree, byte[] b, boolean bTree) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            int c = (a[i] & 0xff) - (b[i] & 0xff);
            if (c != 0) {
                return c;
            }
        }
        int ca = a.length > n ? a[n] & 0xff : (aTree ? '/' : 0);
        int cb = b.length > n ? b[n] & 0xff : (bTree ? '/' : 0);
        return ca - cb;
    }

    static List<Entry> read(ObjectReader reader, ObjectId tree) throws IOException {
        List<Entry> out = new ArrayList<>();
        if (tree == null) {
            return out;
        }
        CanonicalTreeParser p = new CanonicalTreeParser(null, reader, tree);
        while (!p.eof()) {
            byte[] name = new byte[p.getNameLength()];
            p.getName(name, 0);
            out.add(new Entry(name, p.getEntryFileMode(), p.getEntryObjectId()));
            p.next(1);
        }
        return out;
    }

    static ObjectId write(ObjectInserter ins, List<Entry> sorted) throws IOException {
        TreeFormatter f = new TreeFormatter(Math.max(64, sorted.size() * 64));
        for (Entry e : sorted) {
            f.append(e.name, e.mode, e.id);
        }
        return ins.insert(f);
    }

    static Entry find(List<Entry> sorted, String name, boolean tree) {
        int i = Collections.binarySearch(sorted, new Entry(name, tree ? FileMode.TREE : FileMode.REGULAR_FILE,
                ObjectId.zeroId()), GIT_ORDER);
        return i >= 0 ? sorted.get(i) : null;
    }

    /** Inserts or replaces {@code e} keeping git order. */
    static void put(List<Entry> sorted, Entry e) {
        int i = Collections.binarySearch(sorted, e, GIT_ORDER);
        if (i >= 0) {
            sorted.set(i, e);
        } else {
            sorted.add(-i - 1, e);
        }
    }

    /**
     * Returns a new root tree: {@code root} plus, for each process, the given run-folder trees.
     * A folder name already present is never overwritten.
     */
    static ObjectId splice(ObjectReader reader, ObjectInserter ins, ObjectId root,
                           Map<String, List<Entry>> foldersByProcess) throws IOException, NameTaken {
        List<Entry> rootEntries = read(reader, root);
        for (Map.Entry<String, List<Entry>> p : foldersByProcess.entrySet()) {
            if (find(rootEntries, p.getKey(), false) != null) {
                throw new StoreException("the store holds a file named '" + p.getKey()
                        + "' where the process folder should be");
            }
            Entry existing = find(rootEntries, p.getKey(), true);
            byte[] runs = existing == null ? new byte[0]
                    : reader.open(existing.id(), Constants.OBJ_TREE).getCachedBytes(Integer.MAX_VALUE);
            ObjectId merged = ins.insert(Constants.OBJ_TREE, merge(runs, p.getValue()));
            put(rootEntries, new Entry(p.getKey(), FileMode.TREE, merged));
        }
        return write(ins, rootEntries);
    }

    /**
     * The raw tree {@code raw} with the sorted entries {@code add} merged in, in one pass over its
     * bytes: a process folder of 17,000 runs is copied, never parsed into objects and formatted again.
     */
    static byte[] merge(byte[] raw, List<Entry> add) throws NameTaken {
        int extra = 0;
        for (Entry e : add) {
            extra += e.mode.copyToLength() + 1 + e.name.length + 1 + Constants.OBJECT_ID_LENGTH;
        }
        byte[] out = new byte[raw.length + extra];
        int o = 0;
        int k = 0;
        int pos = 0;
        while (pos < raw.length) {
            int nameStart = indexOf(raw, (byte) ' ', pos) + 1;
            int nul = indexOf(raw, (byte) 0, nameStart);
            int end = nul + 1 + Constants.OBJECT_ID_LENGTH;
            if (nameStart == 0 || nul < 0 || end > raw.length) {
                throw new IllegalStateException("corrupt tree entry at byte " + pos);
            }
            boolean isTree = raw[pos] == '4'; // 40000: the only mode of a subtree
            while (k < add.size()) {
                Entry e = add.get(k);
                if (sameName(e.name, raw, nameStart, nul)) {
                    throw new NameTaken(e.nameString());
                }
                if (compare(e.name, e.isTree(), raw, nameStart, nul, isTree) > 0) {
                    break;
                }
                o = append(out, o, e);
                k++;
            }
            System.arraycopy(raw, pos, out, o, end - pos);
            o += end - pos;
            pos = end;
        }
        while (k < add.size()) {
            o = append(out, o, add.get(k++));
        }
        return out;
    }

    private static int append(byte[] out, int o, Entry e) {
        e.mode.copyTo(out, o);
        o += e.mode.copyToLength();
        out[o++] = ' ';
        System.arraycopy(e.name, 0, out, o, e.name.length);
        o += e.name.length;
        out[o++] = 0;
        e.id.copyRawTo(out, o);
        return o + Constants.OBJECT_ID_LENGTH;
    }

    private static int indexOf(byte[] b, byte c, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameName(byte[] a, byte[] b, int from, int to) {
        return Arrays.equals(a, 0, a.length, b, from, to);
    }

    /** {@link #compare(byte[], boolean, byte[], boolean)} against a name inside a raw tree. */
    private static int compare(byte[] a, boolean aTree, byte[] b, int from, int to, boolean bTree) {
        int bl = to - from;
        int n = Math.min(a.length, bl);
        int c = Arrays.compareUnsigned(a, 0, n, b, from, from + n);
        if (c != 0) {
            return c;
        }
        int ca = a.length > n ? a[n] & 0xff : (aTree ? '/' : 0);
        int cb = bl > n ? b[from + n] & 0xff : (bTree ? '/' : 0);
        return ca - cb;
    }

    /** Writes a small tree of blobs given by slash-separated paths. */
    static ObjectId writePaths(ObjectInserter ins, Map<String, ObjectId> blobsByPath) throws IOException {
        Map<String, Object> root = new TreeMap<>();
        for (Map.Entry<String, ObjectId> e : blobsByPath.entrySet()) {
            String[] parts = e.getKey().split("/");
            Map<String, Object> dir = root;
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> sub = (Map<String, Object>) dir.computeIfAbsent(parts[i], k -> new TreeMap<>());
                dir = sub;
            }
            dir.put(parts[parts.length - 1], e.getValue());
        }
        return writeDir(ins, root);
    }

    private static ObjectId writeDir(ObjectInserter ins, Map<String, Object> dir) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, Object> e : dir.entrySet()) {
            if (e.getValue() instanceof ObjectId blob) {
                entries.add(new Entry(e.getKey(), FileMode.REGULAR_FILE, blob));
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> sub = (Map<String, Object>) e.getValue();
                entries.add(new Entry(e.getKey(), FileMode.TREE, writeDir(ins, sub)));
            }
        }
        entries.sort(GIT_ORDER);
        return write(ins, entries);
    }

    static ObjectId insertBlob(ObjectInserter ins, byte[] data) throws IOException {
        return ins.insert(Constants.OBJ_BLOB, data);
    }
}
