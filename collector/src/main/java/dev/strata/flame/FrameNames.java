package dev.strata.flame;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interned frame names, kept as the bytes they were read as (a name is only decoded when it is
 * drawn). Names are packed into large shared pools, so a million names cost a few arrays.
 */
final class FrameNames {

    private static final int POOL_BYTES = 1 << 20;

    private byte[][] pools = new byte[4][];
    private int poolCount;
    private int poolUsed = POOL_BYTES;

    private final IntPages pool = new IntPages();
    private final IntPages offset = new IntPages();
    private final IntPages length = new IntPages();
    private final IntPages chain = new IntPages();
    private int[] buckets = new int[1024];

    int count() {
        return pool.size();
    }

    byte[] pool(int id) {
        return pools[pool.get(id)];
    }

    int offset(int id) {
        return offset.get(id);
    }

    int length(int id) {
        return length.get(id);
    }

    boolean equalsBytes(int id, byte[] b, int from, int to) {
        int off = offset.get(id);
        return length.get(id) == to - from && Arrays.equals(pools[pool.get(id)], off, off + to - from, b, from, to);
    }

    /** The id of the name with these bytes, added if new. */
    int intern(byte[] b, int from, int to) {
        return intern(b, from, to, hash(b, from, to));
    }

    private int intern(byte[] b, int from, int to, int h) {
        int slot = h & (buckets.length - 1);
        for (int id = buckets[slot] - 1; id >= 0; id = chain.get(id) - 1) {
            if (equalsBytes(id, b, from, to)) {
                return id;
            }
        }
        int id = store(b, from, to);
        chain.add(buckets[slot]);
        buckets[slot] = id + 1;
        if (count() > buckets.length - (buckets.length >>> 2)) {
            rehash();
        }
        return id;
    }

    String string(int id) {
        int off = offset.get(id);
        return new String(pools[pool.get(id)], off, length.get(id), StandardCharsets.UTF_8);
    }

    byte[] bytes(int id) {
        int off = offset.get(id);
        return Arrays.copyOfRange(pools[pool.get(id)], off, off + length.get(id));
    }

    /** Byte order, which for UTF-8 is code point order. */
    int compare(int a, int b) {
        int oa = offset.get(a);
        int ob = offset.get(b);
        return Arrays.compareUnsigned(pools[pool.get(a)], oa, oa + length.get(a), pools[pool.get(b)], ob, ob + length.get(b));
    }

    private int store(byte[] b, int from, int to) {
        int len = to - from;
        if (poolCount == 0 || poolUsed + len > POOL_BYTES) {
            if (poolCount == pools.length) {
                pools = Arrays.copyOf(pools, poolCount * 2);
            }
            pools[poolCount++] = new byte[Math.max(POOL_BYTES, len)];
            poolUsed = 0;
        }
        int p = poolCount - 1;
        System.arraycopy(b, from, pools[p], poolUsed, len);
        pool.add(p);
        offset.add(poolUsed);
        length.add(len);
        // a name longer than a pool gets a pool of its own; the next name starts a fresh one
        poolUsed = pools[p].length > POOL_BYTES ? POOL_BYTES : poolUsed + len;
        return pool.size() - 1;
    }

    private void rehash() {
        int[] fresh = new int[buckets.length * 2];
        int mask = fresh.length - 1;
        for (int id = 0; id < count(); id++) {
            int slot = hash(pools[pool.get(id)], offset.get(id), offset.get(id) + length.get(id)) & mask;
            chain.set(id, fresh[slot]);
            fresh[slot] = id + 1;
        }
        buckets = fresh;
    }

    /**
     * A hash of the length and of three 8-byte windows (start, middle, end): reading a frame name
     * once to find its end is the bulk of the work, so the hash does not read it again. Names
     * that agree on all of these only share a chain; equality is always checked on all bytes.
     */
    static int hash(byte[] b, int from, int to) {
        int len = to - from;
        int h = len;
        if (len <= 24) {
            for (int i = from; i < to; i++) {
                h = h * 31 + b[i];
            }
        } else {
            int mid = from + (len >>> 1) - 4;
            for (int i = 0; i < 8; i++) {
                h = h * 31 + b[from + i];
                h = h * 31 + b[mid + i];
                h = h * 31 + b[to - 8 + i];
            }
        }
        return finish(h);
    }

    static int finish(int h) {
        h *= 0x9E3779B1;
        return h ^ (h >>> 16);
    }
}
