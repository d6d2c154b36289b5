package dev.strata.flame;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class NodeTableTest {

    /**
     * Every node switching to the hash table indexes LIST_LIMIT + 1 children at once; with
     * hundreds of such nodes one of those batches is bound to cross the table's load limit. Then
     * every child must still be found, and a name a node does not have yet must be a new node
     * (a miss walks a whole chain: a chain that loops never ends).
     */
    @Test
    void nodesTurningWideAcrossEveryRehashKeepSoundChains() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            NodeTable t = new NodeTable();
            Map<Long, Integer> seen = new HashMap<>();
            int parents = 3000;
            for (int p = 0; p < parents; p++) {
                int parent = t.child(0, p);
                seen.put(key(0, p), parent);
                int width = NodeTable.LIST_LIMIT + 1 + p % 40;
                for (int name = 0; name < width; name++) {
                    int n = t.child(parent, name);
                    assertThat(seen.put(key(parent, name), n)).isNull();
                }
            }
            for (Map.Entry<Long, Integer> e : seen.entrySet()) {
                int parent = (int) (e.getKey() >> 32);
                int name = (int) (long) e.getKey();
                assertThat(t.child(parent, name)).isEqualTo(e.getValue());
                assertThat(t.parent(e.getValue())).isEqualTo(parent);
                assertThat(t.nameId(e.getValue())).isEqualTo(name);
            }
            int before = t.size();
            for (int p = 0; p < parents; p++) {
                int parent = seen.get(key(0, p));
                assertThat(t.child(parent, 1_000_000 + p)).isEqualTo(before + p);
            }
        });
    }

    private static long key(int parent, int name) {
        return (long) parent << 32 | name;
    }
}
