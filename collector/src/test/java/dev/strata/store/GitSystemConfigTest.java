package dev.strata.store;

import org.eclipse.jgit.lib.Config;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The system configuration git itself would read, found from the environment as git does. */
class GitSystemConfigTest {

    @Test
    void followsGitsEnvironmentVariables() {
        assertThat(GitSystemConfig.file("/opt/git/etc/gitconfig", null)).hasToString("/opt/git/etc/gitconfig");
        assertThat(GitSystemConfig.file("/opt/git/etc/gitconfig", "1")).as("NOSYSTEM wins").isNull();
        assertThat(GitSystemConfig.file(null, "true")).isNull();
        assertThat(GitSystemConfig.file("/x", "0")).as("0 is off").hasToString("/x");
        assertThat(GitSystemConfig.file(null, "false")).isEqualTo(GitSystemConfig.file(null, null));
        Path etc = Path.of("/etc/gitconfig");
        assertThat(GitSystemConfig.file(null, null)).isEqualTo(Files.isRegularFile(etc) ? etc.toFile() : null);
    }

    @Test
    void noAutomaticGcOnReceiveOrInTheBackgroundUnlessAFileSaysSo() throws Exception {
        Config empty = new Config();
        GitSystemConfig.strataDefaults(empty);
        assertThat(empty.getBoolean("receive", "autogc", true)).isFalse();
        assertThat(empty.getBoolean("gc", "autoDetach", true)).isFalse();

        Config set = new Config();
        set.fromText("[receive]\n\tautogc = true\n[gc]\n\tautoDetach = true\n");
        GitSystemConfig.strataDefaults(set);
        assertThat(set.getBoolean("receive", "autogc", false)).isTrue();
        assertThat(set.getBoolean("gc", "autoDetach", false)).isTrue();
    }
}
