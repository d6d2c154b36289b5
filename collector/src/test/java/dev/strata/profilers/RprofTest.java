package dev.strata.profilers;

import dev.strata.record.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Rprof injected into a real R script through R_PROFILE_USER, the user's own profile kept. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RprofTest {

    @TempDir
    Path tmp;

    @Test
    void hotDominatesTheRFlamegraphAndTheUsersProfileStillRan() throws Exception {
        Path script = RealRuns.resource("hot.R", tmp);
        // R runs ./.Rprofile when there is no R_PROFILE_USER: ours must run it in its place
        Files.copy(RealRuns.resource("user.Rprofile", tmp), tmp.resolve(".Rprofile"));
        List<String> cmd = List.of("Rscript", script.toString());
        RealRuns.assertUsable(Rprof.defaults(), cmd);

        RealRuns.Result r = RealRuns.run(Rprof.defaults(), cmd, tmp);

        // hot.R stops with an error unless the user's profile set its option
        assertThat(r.record().status()).as("exit " + r.record().exitCode() + "; warnings " + r.warnings())
                .isEqualTo(RunStatus.OK);
        assertThat(r.profile()).as("profile; warnings: " + r.warnings()).isNotNull();
        assertThat(r.profile().profiler()).isEqualTo("rprof");
        assertThat(r.profile().samples()).isGreaterThan(20L);
        double hot = RealRuns.share(r.folded(), f -> f.equals("hot"));
        assertThat(hot).as("share of hot in\n" + r.folded()).isGreaterThanOrEqualTo(0.60);
        assertThat(r.svg()).contains("hot");
        // the same samples' memory columns: where R's heap grew, a memory profile of its own
        assertThat(r.record().profiles()).extracting(p -> p.profiler() + ":" + p.kind())
                .containsExactly("rprof:cpu", "rprof-memory:memory");
    }

    @Test
    void vanillaRIsRefusedUpFrontWithTheReason() {
        Availability a = Rprof.defaults().availability(List.of("Rscript", "--vanilla", "x.R"));
        assertThat(a.usable()).isFalse();
        assertThat(a.message()).contains("--vanilla").contains("R_PROFILE_USER").contains("fix: drop --vanilla");
    }
}
