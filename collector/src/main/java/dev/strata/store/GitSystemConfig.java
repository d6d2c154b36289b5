package dev.strata.store;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where Git's system-wide configuration is, found without running {@code git}. Left alone, JGit
 * asks the installed git for it ({@code git --version}, then {@code git config --system --list}):
 * two processes on the first repository every command opens, and again on each thread that races
 * to be first. Here it is {@code $GIT_CONFIG_SYSTEM} when set, none under {@code GIT_CONFIG_NOSYSTEM}
 * (as git does), else the file most git builds read, {@code /etc/gitconfig} (absent: empty).
 *
 * <p>Below every configuration file, two defaults of strata's own: no automatic gc when JGit plays
 * the receiving side of a push to a repository on a path ({@code receive.autogc}), and none in the
 * background ({@code gc.autoDetach}). A pusher that repacks the remote holds its branch's lock for
 * as long as the repack takes (every other writer's push fails meanwhile), and a background repack
 * dies with the short-lived process that started it, leaving the lock behind for good. Any
 * configuration file that sets either key still wins.
 */
public final class GitSystemConfig {

    private static final Path DEFAULT = Path.of("/etc/gitconfig");
    private static volatile boolean installed;

    private GitSystemConfig() {
    }

    /** Makes JGit read the system configuration from its file directly; idempotent and cheap after the first call. */
    public static void install() {
        if (installed) {
            return;
        }
        synchronized (GitSystemConfig.class) {
            if (!installed) {
                SystemReader.setInstance(new Reader(SystemReader.getInstance()));
                installed = true;
            }
        }
    }

    /** The file git's system configuration is read from, or null when there is none to read. */
    static File file(String configSystem, String noSystem) {
        if (noSystem != null && !noSystem.isEmpty() && !noSystem.equals("0") && !noSystem.equalsIgnoreCase("false")) {
            return null;
        }
        if (configSystem != null && !configSystem.isEmpty()) {
            return new File(configSystem);
        }
        return Files.isRegularFile(DEFAULT) ? DEFAULT.toFile() : null;
    }

    /** Sets strata's defaults where {@code c} says nothing. */
    static void strataDefaults(Config c) {
        if (c.getString(ConfigConstants.CONFIG_RECEIVE_SECTION, null, ConfigConstants.CONFIG_KEY_AUTOGC) == null) {
            c.setBoolean(ConfigConstants.CONFIG_RECEIVE_SECTION, null, ConfigConstants.CONFIG_KEY_AUTOGC, false);
        }
        if (c.getString(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_AUTODETACH) == null) {
            c.setBoolean(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_AUTODETACH, false);
        }
    }

    private static final class Reader extends SystemReader.Delegate {
        Reader(SystemReader delegate) {
            super(delegate);
        }

        @Override
        public FileBasedConfig openJGitConfig(Config parent, FS fs) {
            File file = super.openJGitConfig(parent, fs).getFile();
            return new FileBasedConfig(parent, file, fs) {
                @Override
                public void load() throws java.io.IOException, org.eclipse.jgit.errors.ConfigInvalidException {
                    if (getFile() != null) {
                        super.load();
                    }
                    strataDefaults(this);
                }

                @Override
                public boolean isOutdated() {
                    return getFile() != null && super.isOutdated();
                }
            };
        }

        @Override
        public FileBasedConfig openSystemConfig(Config parent, FS fs) {
            File f = file(getenv("GIT_CONFIG_SYSTEM"), getenv("GIT_CONFIG_NOSYSTEM"));
            if (f != null) {
                return new FileBasedConfig(parent, f, fs);
            }
            // nothing to read: an empty configuration that never looks at the disk
            return new FileBasedConfig(parent, null, fs) {
                @Override
                public void load() {
                }

                @Override
                public boolean isOutdated() {
                    return false;
                }
            };
        }
    }
}
