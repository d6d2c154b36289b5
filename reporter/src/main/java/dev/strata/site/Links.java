package dev.strata.site;

import dev.strata.series.RunSummary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where pages live, as paths relative to the site root. Process names and run folders are already
 * safe file names; tags and hosts are free text, so they get a slug plus a short hash when needed.
 */
final class Links {

    private Links() {
    }

    static String process(String process) {
        return "p/" + process + ".html";
    }

    static String run(RunSummary r) {
        return "r/" + r.process() + "/" + r.folder() + ".html";
    }

    /** The folder next to a run page holding its flamegraphs and downloads. */
    static String runFiles(RunSummary r) {
        return "r/" + r.process() + "/" + r.folder() + "/";
    }

    static String tag(String tag) {
        return "t/" + slug(tag) + ".html";
    }

    static String slug(String s) {
        String clean = s.replaceAll("[^A-Za-z0-9._-]", "_");
        if (clean.equals(s) && !s.isEmpty() && !s.startsWith(".")) {
            return s;
        }
        return clean.replaceAll("^\\.+", "_") + "-" + hash(s);
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
