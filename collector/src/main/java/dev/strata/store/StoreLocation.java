package dev.strata.store;

import org.eclipse.jgit.lib.StoredConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Where {@code --store} points: a local directory, or a remote Git URL. A remote store is kept
 * as a bare cache clone on this machine; every write fetches first and pushes after.
 */
public record StoreLocation(Path localDir, String remoteUrl) {

    public static final String REMOTE = "origin";
    private static final Pattern SCP_LIKE = Pattern.compile("[A-Za-z0-9._-]+@[A-Za-z0-9._-]+:.+");

    public static StoreLocation parse(String spec, Path cwd, Path cacheRoot) {
        if (spec == null || spec.isBlank()) {
            return new StoreLocation(cwd.resolve("results"), null);
        }
        if (spec.contains("://") || SCP_LIKE.matcher(spec).matches()) {
            return new StoreLocation(cacheRoot.resolve("stores").resolve(cacheName(spec)), spec);
        }
        return new StoreLocation(cwd.resolve(spec).normalize(), null);
    }

    public boolean isRemote() {
        return remoteUrl != null;
    }

    /** Opens (creating on first use) the local side, wired to the remote when there is one. */
    public GitStore open() {
        GitStore store = GitStore.openOrCreate(localDir);
        if (isRemote()) {
            try {
                StoredConfig cfg = store.repository().getConfig();
                if (!remoteUrl.equals(cfg.getString("remote", REMOTE, "url"))) {
                    cfg.setString("remote", REMOTE, "url", remoteUrl);
                    cfg.setString("remote", REMOTE, "fetch", "+refs/heads/*:refs/remotes/" + REMOTE + "/*");
                    cfg.save();
                }
            } catch (IOException e) {
                store.close();
                throw new StoreException("cannot configure the cache of " + remoteUrl + ": " + e.getMessage(), e);
            }
        }
        return store;
    }

    private static String cacheName(String url) {
        String tail = url.replaceAll("[^A-Za-z0-9._-]+", "_");
        if (tail.length() > 40) {
            tail = tail.substring(tail.length() - 40);
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return tail + "-" + HexFormat.of().formatHex(h).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
