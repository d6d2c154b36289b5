package dev.strata.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a first run killed while it created the store leaves behind: the skeleton of a bare
 * repository (folders, HEAD, sample hooks) without its config, which Git writes last, and without
 * a single object or ref. Creating the store again over it would fail on the folders that exist,
 * so the skeleton is removed first. Anything else in the folder means it is not ours to clear.
 */
final class UnfinishedInit {

    private static final Set<String> SKELETON = Set.of("HEAD", "branches", "hooks", "objects", "refs", "description",
            "info", "logs", "strata.lock");
    /** Folders whose files the skeleton itself writes (sample hooks, the exclude file). */
    private static final Set<String> SKELETON_FILES_UNDER = Set.of("hooks", "info");

    private UnfinishedInit() {
    }

    /** Clears {@code dir} of an unfinished creation; leaves any other folder as it is. */
    static void clear(Path dir) throws IOException {
        if (!isUnfinished(dir)) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.filter(p -> !p.getFileName().toString().equals("strata.lock")).toList();
        }
        for (Path e : entries) {
            try (Stream<Path> walk = Files.walk(e)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static boolean isUnfinished(Path dir) throws IOException {
        if (!Files.isDirectory(dir) || Files.exists(dir.resolve("config"))) {
            return false;
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.toList();
        }
        boolean skeleton = false;
        for (Path e : entries) {
            String name = e.getFileName().toString();
            if (!SKELETON.contains(name)) {
                return false;
            }
            if (!name.equals("strata.lock")) {
                skeleton = true;
            }
            if (Files.isDirectory(e) && !SKELETON_FILES_UNDER.contains(name) && holdsAFile(e)) {
                return false; // an object or a ref: somebody's data, never removed
            }
        }
        return skeleton;
    }

    private static boolean holdsAFile(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.anyMatch(p -> !Files.isDirectory(p));
        }
    }
}
