package dev.strata.cli;

import dev.strata.testing.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReportHandEditedStoreTest {

    @TempDir
    Path tmp;

    private int strata(StringWriter err, String... args) {
        return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), args);
    }

    @Test
    void aCorruptRunIsSkippedWithAWarningNamingItAndTheSiteStillBuilds() throws Exception {
        Path store = tmp.resolve("store");
        StringWriter err = new StringWriter();
        assertThat(strata(err, "run", "--store", store.toString(), "--name", "good", "--", "true")).isZero();
        assertThat(strata(err, "run", "--store", store.toString(), "--name", "bad", "--", "true")).isZero();
        // edited by hand in a clone and pushed back, as users edit a store
        Path work = tmp.resolve("work");
        Git.ok(tmp, "clone", "-q", store.toString(), work.toString());
        String badPath = Git.ok(work, "ls-files", "bad").trim();
        Files.writeString(work.resolve(badPath), "{\"schema\": \"strata.run/1\", \"process\": tru");
        Git.ok(work, "commit", "-qam", "corrupt by hand");
        Git.ok(work, "push", "-q", "origin", "main");

        StringWriter reportErr = new StringWriter();
        Path site = tmp.resolve("site");
        assertThat(strata(reportErr, "report", "--store", store.toString(), "--out", site.toString())).isZero();
        assertThat(reportErr.toString()).contains("warning: skipped " + badPath + ": not a valid run record");
        assertThat(site.resolve("index.html")).exists();
        assertThat(Files.readString(site.resolve("index.html"))).contains("good").doesNotContain(">bad<");
        assertThat(site.resolve("assets/uPlot.iife.min.js")).exists();
    }

    @Test
    void reportOnAMissingStoreIsOneLineAndExit2() {
        StringWriter err = new StringWriter();
        assertThat(strata(err, "report", "--store", tmp.resolve("none").toString(), "--out", tmp.resolve("o").toString()))
                .isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1).first().asString().contains("no store at");
    }
}
