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
 * Where the store is: a local directory ({@code --store DIR}), a remote Git URL kept as a bare
 * cache clone on this machine ({@code --store URL}), or a branch of the code repository itself
 * ({@code --store-branch NAME}), fetched from and pushed to one of its remotes.
 *
 * @param localDir   the store's directory; for a branch store, the code repository (or a folder in it)
 * @param remoteUrl  the URL of a remote store, else null
 * @param branch     the branch of a branch store, else null
 * @param remoteName the remote a branch store syncs with (usually origin), else null
 */
public record StoreLocation(Path localDir, String remoteUrl, String branch, String remoteName) {

    public static final String REMOTE = "origin";
    private static final Pattern SCP_LIKE = Pattern.compile("[A-Za-z0-9._-]+@[A-Za-z0-9._-]+:.+");

    public StoreLocation(Path localDir, String remoteUrl) {
        this(localDir, remoteUrl, null, null);
    }

    public static StoreLocation parse(String spec, Path cwd, Path cacheRoot) {
        if (spec == null || spec.isBlank()) {
            return new StoreLocation(cwd.resolve("results"), null);
        }
        if (spec.contains("://") || SCP_LIKE.matcher(spec).matches()) {
            return new StoreLocation(cacheRoot.resolve("stores").resolve(cacheName(spec)), spec);
        }
        return new StoreLocation(cwd.resolve(spec).normalize(), null);
    }

    /** The branch {@code branch} of the repository around {@code repoDir}, synced with {@code remote}. */
    public static StoreLocation branch(Path repoDir, String branch, String remote) {
        BranchStore.requireBranchName(branch);
        return new StoreLocation(repoDir.toAbsolutePath().normalize(), null, branch,
                remote == null || remote.isBlank() ? REMOTE : remote);
    }

    public boolean isRemote() {
        return remoteUrl != null;
    }

    public boolean isBranch() {
        return branch != null;
    }

    /** The remote this store fetches from and pushes to. */
    public String remote() {
        return isBranch() ? remoteName : REMOTE;
    }

    /** Whether a write fetches the remote's runs first: always for a remote store, with --push for a branch. */
    public boolean pullsBeforeWrite(boolean push) {
        return isRemote() || isBranch() && push;
    }

    /** Whether a write is pushed: always for a remote store, else only when asked. */
    public boolean pushesAfterWrite(boolean push) {
        return isRemote() || push;
    }

    /** How this store meets its remote (a branch store fetches and pushes its branch only). */
    public StoreSync sync(GitStore store, int maxAttempts) {
        return new StoreSync(store, remote(), maxAttempts, isBranch());
    }

    /**
     * Fails now, before a workload is measured for nothing, when this store is an ordinary clone whose
     * checked-out branch strata would write ({@link GitStore#requireWritable}). Cheap: only a local
     * store with a work tree is opened.
     */
    public void requireWritable() {
        if (isRemote() || isBranch() || !java.nio.file.Files.isDirectory(localDir.resolve(".git"))) {
            return;
        }
        try (GitStore store = GitStore.open(localDir)) {
            store.requireWritable();
        }
    }

    /** Opens (creating on first use) the local side, wired to the remote when there is one. */
    public GitStore open() {
        if (isBranch()) {
            GitStore store = BranchStore.open(localDir, branch, remoteName);
            return checked(store);
        }
        GitStore store = GitStore.openOrCreate(localDir);
        if (!isRemote()) {
            try {
                store.requireWritable();
            } catch (StoreException e) {
                store.close();
                throw e;
            }
        }
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
        return checked(store);
    }

    private GitStore checked(GitStore store) {
        try {
            StoreSchema.requireReadable(store, isBranch() ? "the results branch " + branch : "the store " + describe());
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Opens the store to read it, with the remote's newest runs: a remote store and a branch store
     * are fetched first. A branch that exists nowhere is an error that says how it comes to exist.
     */
    public GitStore openForReading() {
        if (isBranch()) {
            GitStore store = open();
            try {
                BranchStore.fetchForReading(store, branch, remoteName);
                return checked(store);
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
        if (isRemote()) {
            GitStore store = open();
            try {
                sync(store, 1).pull();
                return checked(store);
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
        return checked(GitStore.open(localDir));
    }

    /** For messages: where the runs are. */
    public String describe() {
        if (isBranch()) {
            return "branch " + branch + " of " + localDir;
        }
        return isRemote() ? remoteUrl : localDir.toString();
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
