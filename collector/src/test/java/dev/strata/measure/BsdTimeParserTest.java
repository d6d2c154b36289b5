package dev.strata.measure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BsdTimeParserTest {

    @Test
    void macosReportsBytes() throws Exception {
        TimeReport r = BsdTimeParser.parse(GnuTimeParserTest.capture("bsd-macos.txt"), 0);
        assertThat(r.metrics().wallSeconds()).isEqualTo(2.41);
        assertThat(r.metrics().userSeconds()).isEqualTo(2.18);
        assertThat(r.metrics().sysSeconds()).isEqualTo(0.19);
        assertThat(r.metrics().maxRssBytes()).isEqualTo(412385280L);
        assertThat(r.metrics().minorPageFaults()).isEqualTo(25764);
        assertThat(r.metrics().majorPageFaults()).isEqualTo(3);
        assertThat(r.metrics().voluntaryContextSwitches()).isEqualTo(14);
        assertThat(r.metrics().involuntaryContextSwitches()).isEqualTo(611);
        assertThat(r.metrics().source()).isEqualTo("bsd-time");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void freebsdReportsKibibytes() throws Exception {
        TimeReport r = BsdTimeParser.parse(GnuTimeParserTest.capture("bsd-freebsd.txt"), 3);
        assertThat(r.metrics().maxRssBytes()).isEqualTo(2324L * 1024);
        assertThat(r.exitCode()).isEqualTo(3);
    }

    @Test
    void workloadStderrBeforeTheReportIsIgnoredAndSignalsComeFromTheExitStatus() throws Exception {
        String text = "Traceback: 12 real problems\n  3  user errors\n" + GnuTimeParserTest.capture("bsd-freebsd.txt");
        TimeReport r = BsdTimeParser.parse(text, 137);
        assertThat(r.signal()).isEqualTo(9);
        assertThat(r.exitCode()).isNull();
        assertThat(r.metrics().wallSeconds()).isEqualTo(0.14);
    }

    @Test
    void noReport() {
        assertThatThrownBy(() -> BsdTimeParser.parse("hello\n", 0)).hasMessageContaining("no BSD time report");
    }
}
