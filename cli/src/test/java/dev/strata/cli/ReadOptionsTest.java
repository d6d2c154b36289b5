package dev.strata.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands that read the store take the same store and revision options, declared once. */
class ReadOptionsTest {

    static final List<String> READERS = List.of("report", "detect", "check", "export", "query", "ls", "show");

    @Test
    void everyReadingCommandTakesTheSameStoreAndRefOptions() {
        CommandLine all = Main.all();
        OptionSpec ref = null;
        for (String name : READERS) {
            CommandLine.Model.CommandSpec spec = all.getSubcommands().get(name).getCommandSpec();
            assertThat(spec.mixins()).as(name).containsKey("storeOptions");
            Object read = spec.mixins().get("storeOptions").userObject();
            assertThat(read).as(name).isInstanceOf(ReadOptions.class);
            // the lock-wait message goes to the command's stderr: the inherited spec must reach the command
            assertThat(((ReadOptions) read).mixee).as(name).isSameAs(spec);
            OptionSpec r = spec.findOption("--ref");
            assertThat(r).as("%s --ref", name).isNotNull();
            if (ref != null) {
                assertThat(r.description()).as(name).isEqualTo(ref.description());
                assertThat(r.paramLabel()).as(name).isEqualTo(ref.paramLabel());
            }
            ref = r;
            for (String store : List.of("--store", "--store-branch", "--store-remote", "--lock-timeout")) {
                assertThat(spec.findOption(store)).as("%s %s", name, store).isNotNull();
            }
        }
        assertThat(ref.paramLabel()).isEqualTo("REV");
        assertThat(String.join(" ", ref.description())).contains("branch, tag or SHA");
    }

    @Test
    void commandsThatWriteTakeNoRef() {
        CommandLine all = Main.all();
        for (String name : List.of("run", "import")) {
            assertThat(all.getSubcommands().get(name).getCommandSpec().findOption("--ref")).as(name).isNull();
        }
    }

    @Test
    void helpOfEachReaderShowsRef() {
        for (String name : READERS) {
            Strata.Result r = Strata.run(name, "--help");
            assertThat(r.exitCode()).as(name).isZero();
            assertThat(r.out()).as(name).contains("--ref=REV").contains("Revision of the store to read")
                    .contains("--store=DIR|URL");
        }
    }
}
