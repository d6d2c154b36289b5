package dev.strata.measure;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GnuTimeParserTest {

    static String capture(String name) throws IOException {
        try (InputStream in = GnuTimeParserTest.class.getResourceAsStream("/time/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void normalExit() throws IOException {
        TimeReport r = GnuTimeParser.parse(capture("gnu-ok.txt"));
        assertThat(r.exitCode()).isZero();
        assertThat(r.signal()).isNull();
        assertThat(r.metrics().wallSeconds()).isEqualTo(0.28);
        assertThat(r.metrics().userSeconds()).isEqualTo(0.14);
        assertThat(r.metrics().sysSeconds()).isEqualTo(0.11);
        assertThat(r.metrics().cpuPercent()).isEqualTo(91.0);
        assertThat(r.metrics().maxRssBytes()).isEqualTo(64700L * 1024);
        assertThat(r.metrics().majorPageFaults()).isEqualTo(12);
        assertThat(r.metrics().minorPageFaults()).isEqualTo(22172);
        assertThat(r.metrics().involuntaryContextSwitches()).isEqualTo(18);
        assertThat(r.metrics().voluntaryContextSwitches()).isEqualTo(164);
        assertThat(r.metrics().fsInputBlocks()).isEqualTo(12240);
        assertThat(r.metrics().fsOutputBlocks()).isZero();
        assertThat(r.metrics().source()).isEqualTo("gnu-time");
    }

    @Test
    void nonZeroExit() throws IOException {
        TimeReport r = GnuTimeParser.parse(capture("gnu-exit3.txt"));
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.signal()).isNull();
    }

    @Test
    void killedBySignal() throws IOException {
        assertThat(GnuTimeParser.parse(capture("gnu-signal9.txt")).signal()).isEqualTo(9);
        TimeReport term = GnuTimeParser.parse(capture("gnu-signal15.txt"));
        assertThat(term.signal()).isEqualTo(15);
        assertThat(term.exitCode()).isNull();
        assertThat(term.metrics().wallSeconds()).isEqualTo(0.33);
    }

    @Test
    void notFoundIsExit127() throws IOException {
        assertThat(GnuTimeParser.parse(capture("gnu-notfound.txt")).exitCode()).isEqualTo(127);
    }

    @Test
    void questionMarkPercentIsAbsent() {
        TimeReport r = GnuTimeParser.parse("strata e=0.00 U=0.00 S=0.00 P=?% M=10 F=0 R=1 c=0 w=0 I=0 O=0 x=0\n");
        assertThat(r.metrics().cpuPercent()).isNull();
        assertThat(r.metrics().maxRssBytes()).isEqualTo(10240);
    }

    @Test
    void emptyReportIsRejectedClearly() {
        assertThatThrownBy(() -> GnuTimeParser.parse("")).hasMessageContaining("no GNU time report");
    }
}
