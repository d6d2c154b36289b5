package dev.strata.cli;

import dev.strata.testing.Git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Looks for strings that must not be there in every file of a folder and every object of a store. */
final class Leaks {

    private Leaks() {
    }

    /** "what in where" for each string found in any file under {@code dir} (gzip files read unpacked). */
    static List<String> inFiles(Path dir, Collection<String> needles) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = read(f);
                String name = dir.relativize(f).toString();
                for (String n : needles) {
                    if (text.contains(n) || name.contains(n)) {
                        found.add(n + " in " + name);
                    }
                }
            }
        }
        return found;
    }

    /** Every object of the store's Git repository, unpacked by git itself, plus its own files (the site cache). */
    static List<String> inStore(Path store, Collection<String> needles) throws IOException {
        String objects = Git.ok(store, "cat-file", "--batch-all-objects", "--batch");
        List<String> found = new ArrayList<>();
        for (String n : needles) {
            if (objects.contains(n)) {
                found.add(n + " in the store's objects");
            }
        }
        found.addAll(inFiles(store, needles).stream().filter(s -> !s.contains(" in objects/")).toList());
        return found;
    }

    private static String read(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                bytes = in.readAllBytes();
            }
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
