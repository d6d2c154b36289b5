package dev.strata.flame;

import java.util.BitSet;

/**
 * The nodes of a frame tree and the way to a node's child by name. Most nodes have a few
 * children: those are found by walking the node's child list, and a node's first child is
 * linked without touching any shared table (so building a fresh branch costs no cache miss).
 * A node that gathers more than {@link #LIST_LIMIT} children is switched to one hash table
 * keyed by (parent, name), which keeps wide nodes such as the root fast.
 */
final class NodeTable {

    static final int LIST_LIMIT = 8;

    // two longs per node, side by side so that visiting a node costs one cache miss:
    // [2n] its key: parent (high half) and name id (low half); [2n+1] first child (high), next sibling (low)
    private final LongPages rec = new LongPages();
    private final IntPages chain = new IntPages();  // only children of hashed nodes have an entry
    private final BitSet hashed = new BitSet();
    private int bucketBits = 10;
    private int[] buckets = new int[1 << bucketBits];
    private int hashedCount;

    NodeTable() {
        add(-1L);
    }

    int size() {
        return rec.size() >>> 1;
    }

    int parent(int node) {
        return (int) (rec.get(2 * node) >> 32);
    }

    int nameId(int node) {
        return (int) rec.get(2 * node);
    }

    private long key(int node) {
        return rec.get(2 * node);
    }

    private int firstChild(int node) {
        return (int) (rec.get(2 * node + 1) >>> 32);
    }

    private int nextSibling(int node) {
        return (int) rec.get(2 * node + 1);
    }

    /** The child of {@code parent} named {@code nameId}, created if new. */
    int child(int parent, int nameId) {
        long k = pack(parent, nameId);
        if (hashed.get(parent)) {
            int slot = slot(k, bucketBits);
            for (int n = buckets[slot]; n != 0; n = chain.get(n)) {
                if (key(n) == k) {
                    return n;
                }
            }
            int n = link(k, parent);
            index(n, k);
            growIfLoaded();
            return n;
        }
        int walked = 0;
        for (int n = firstChild(parent); n != 0; n = nextSibling(n)) {
            if (key(n) == k) {
                return n;
            }
            walked++;
        }
        int n = link(k, parent);
        if (walked >= LIST_LIMIT) {
            hashed.set(parent);
            for (int c = firstChild(parent); c != 0; c = nextSibling(c)) {
                index(c, key(c));
            }
            // only now: a rehash indexes every child of every hashed node, so one in the middle of
            // this loop would index the rest of these children twice, and a node met twice in a
            // chain links back to itself (a lookup that misses then walks that loop forever)
            growIfLoaded();
        }
        return n;
    }

    /** A child of a node created during the same line, which cannot have it yet: no search. */
    int newChild(int parent, int nameId) {
        return link(pack(parent, nameId), parent);
    }

    private int add(long k) {
        int n = rec.add(k) >>> 1;
        rec.add(0L);
        return n;
    }

    private int link(long k, int parent) {
        int n = add(k);
        long links = rec.get(2 * parent + 1);
        rec.set(2 * n + 1, links >>> 32);                            // next sibling: the old first child
        rec.set(2 * parent + 1, (long) n << 32 | links & 0xFFFFFFFFL);  // first child: the new node
        return n;
    }

    /** Puts one node at the head of its chain; the caller then calls {@link #growIfLoaded}. */
    private void index(int n, long k) {
        int slot = slot(k, bucketBits);
        chain.put(n, buckets[slot]);
        buckets[slot] = n;
        hashedCount++;
    }

    private void growIfLoaded() {
        while (hashedCount > buckets.length - (buckets.length >>> 2)) {
            rehash();
        }
    }

    private void rehash() {
        bucketBits++;
        int[] fresh = new int[1 << bucketBits];
        for (int p = hashed.nextSetBit(0); p >= 0; p = hashed.nextSetBit(p + 1)) {
            for (int n = firstChild(p); n != 0; n = nextSibling(n)) {
                int slot = slot(key(n), bucketBits);
                chain.set(n, fresh[slot]);
                fresh[slot] = n;
            }
        }
        buckets = fresh;
    }

    private static long pack(int parent, int nameId) {
        return (long) parent << 32 | nameId & 0xFFFFFFFFL;
    }

    /** Fibonacci hashing: the top bits of the key times 2^64/phi. */
    private static int slot(long key, int bits) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - bits));
    }
}
