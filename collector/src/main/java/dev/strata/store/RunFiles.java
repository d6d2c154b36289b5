package dev.strata.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one run puts in the store: its record and its attachments, keyed by their path inside the
 * run folder ({@code flamegraphs/py-spy.svg}, {@code profiles/py-spy.folded}, ...).
 */
public record RunFiles(String process, Instant startedAt, byte[] runJson, SortedMap<String, Path> attachments) {

    public RunFiles {
        ProcessKey.require(process);
        attachments = new TreeMap<>(attachments == null ? Map.of() : attachments);
        for (String p : attachments.keySet()) {
            if (!p.matches("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*") || p.contains("..") || p.equals("run.json")) {
                throw new IllegalArgumentException("invalid attachment path '" + p + "'");
            }
        }
    }

    public static RunFiles of(String process, Instant startedAt, byte[] runJson) {
        return new RunFiles(process, startedAt, runJson, new TreeMap<>());
    }
}
