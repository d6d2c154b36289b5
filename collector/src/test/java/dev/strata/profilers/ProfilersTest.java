package dev.strata.profilers;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The --profile syntax. */
class ProfilersTest {

    @Test
    void namesOptionsAndCustomCommands() {
        List<Profiler> ps = Profilers.parse(List.of("py-spy:rate=250:native,perf:callgraph=fp",
                "custom:stackshot:speedscope=stackshot --pid {pid} --json {out}"));
        assertThat(ps).extracting(Profiler::name).containsExactly("py-spy", "perf", "stackshot");
        assertThat(((CustomProfiler) ps.get(2)).format()).isEqualTo(CustomProfiler.Format.SPEEDSCOPE);
        assertThat(Profilers.parse(List.of("custom:m:folded:memory=x {pid} {out}")).get(0).kind())
                .isEqualTo(ProfileKind.MEMORY);
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> Profilers.parse(List.of("pyspy"))).hasMessageContaining("unknown profiler 'pyspy'")
                .hasMessageContaining("py-spy");
        assertThatThrownBy(() -> Profilers.parse(List.of("py-spy:rat=3"))).hasMessageContaining("no option 'rat'");
        assertThatThrownBy(() -> Profilers.parse(List.of("py-spy:rate=fast"))).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Profilers.parse(List.of("perf,perf"))).hasMessageContaining("given twice");
        assertThatThrownBy(() -> Profilers.parse(List.of("custom:x=tool -p {pid}"))).hasMessageContaining("{out}");
        assertThatThrownBy(() -> Profilers.parse(List.of("custom:X Y=t {pid} {out}"))).hasMessageContaining("name");
    }
}
