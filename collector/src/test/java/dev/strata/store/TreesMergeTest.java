package dev.strata.store;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.TreeFormatter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The byte-level merge of new run folders into a process folder gives exactly the tree that
 * sorting every entry and formatting it afresh gives (Git's order, files and folders mixed).
 */
class TreesMergeTest {

    @Property(tries = 60)
    void mergeEqualsSortAndFormat(@ForAll("names") Set<String> existing, @ForAll("names") Set<String> added) {
        Set<String> fresh = new TreeSet<>(added);
        fresh.removeAll(existing);
        List<Trees.Entry> old = entries(existing, 0);
        List<Trees.Entry> add = entries(fresh, 1_000_000);
        byte[] raw = format(old);

        List<Trees.Entry> all = new ArrayList<>(old);
        all.addAll(add);
        all.sort(Trees.GIT_ORDER);
        byte[] merged = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Trees.merge(raw, add));
        assertThat(merged).isEqualTo(format(all));
    }

    @Property(tries = 30)
    void aTakenNameIsNeverOverwritten(@ForAll("names") Set<String> existing) {
        if (existing.isEmpty()) {
            return;
        }
        List<Trees.Entry> old = entries(existing, 0);
        Trees.Entry again = new Trees.Entry(old.get(old.size() / 2).name(), FileMode.TREE, ObjectId.zeroId());
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                () -> Trees.merge(format(old), List.of(again))).isInstanceOf(Trees.NameTaken.class));
    }

    /** Run-folder names, plus names that test Git's order: prefixes of each other, '-', '.', '/'-adjacent bytes. */
    @Provide
    Arbitrary<Set<String>> names() {
        Arbitrary<String> runFolder = Arbitraries.integers().between(0, 20_000)
                .map(i -> String.format("2024-01-%02dT10-00-00.%03dZ-%s", 1 + i % 28, i % 1000, Integer.toString(i, 36)));
        Arbitrary<String> tricky = Arbitraries.strings().withChars("ab-._0~").ofMinLength(1).ofMaxLength(5);
        return Arbitraries.oneOf(runFolder, runFolder, tricky).set().ofMaxSize(3_000);
    }

    /** Entries in Git order; a name ending in '~' stands for a file, the rest are folders. */
    private static List<Trees.Entry> entries(Set<String> names, int seed) {
        List<Trees.Entry> out = new ArrayList<>();
        int i = seed;
        for (String n : names) {
            FileMode mode = n.endsWith("~") ? FileMode.REGULAR_FILE : FileMode.TREE;
            out.add(new Trees.Entry(n, mode, ObjectId.fromString(String.format("%040x", ++i))));
        }
        out.sort(Trees.GIT_ORDER);
        return out;
    }

    private static byte[] format(List<Trees.Entry> sorted) {
        TreeFormatter f = new TreeFormatter();
        for (Trees.Entry e : sorted) {
            f.append(e.name(), e.mode(), e.id());
        }
        return f.toByteArray();
    }
}
