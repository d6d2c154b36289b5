package dev.strata.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The exported CSV opened by a real spreadsheet: LibreOffice Calc reads it into an .ods
 * document, which is saved as CSV again; every cell must come back as written. Calc shows
 * booleans as TRUE/FALSE, so those compare without case.
 */
class LibreOfficeRoundTripTest {

    static final String UTF8_COMMA_QUOTE_HEADER = "44,34,76,1";

    @Test
    void exportSurvivesCalc(@TempDir Path dir) throws Exception {
        Path soffice = findSoffice();
        StringWriter w = new StringWriter();
        Exporter.export(Fixtures.source(), new Exporter.Request(RunFilter.ALL, List.of(), Form.WIDE,
                ExportFormats.CSV), w);
        String csv = w.toString();
        Path in = dir.resolve("runs.csv");
        Files.writeString(in, csv, StandardCharsets.UTF_8);

        Path profile = dir.resolve("profile");
        run(soffice, profile, dir, "--infilter=CSV:" + UTF8_COMMA_QUOTE_HEADER, "--convert-to", "ods",
                "--outdir", dir.toString(), in.toString());
        Path ods = dir.resolve("runs.ods");
        assertThat(ods).as("Calc wrote no spreadsheet").exists();
        Path back = dir.resolve("back");
        Files.createDirectories(back);
        run(soffice, profile, dir, "--convert-to", "csv:Text - txt - csv (StarCalc):" + UTF8_COMMA_QUOTE_HEADER,
                "--outdir", back.toString(), ods.toString());

        List<List<String>> expected = CsvRoundTripTest.parse(csv);
        List<List<String>> actual = CsvRoundTripTest.parse(Files.readString(back.resolve("runs.csv"),
                StandardCharsets.UTF_8));
        assertThat(actual).hasSameSizeAs(expected);
        for (int r = 0; r < expected.size(); r++) {
            List<String> e = expected.get(r);
            List<String> a = new ArrayList<>(actual.get(r));
            while (a.size() < e.size()) {
                a.add("");
            }
            for (int c = 0; c < e.size(); c++) {
                String want = e.get(c);
                String got = a.get(c);
                boolean bool = want.equals("true") || want.equals("false");
                assertThat(bool ? got.toLowerCase(Locale.ROOT) : got)
                        .as("row %d, column %s", r, expected.get(0).get(c)).isEqualTo(want);
            }
        }
        assertThat(actual.get(1).get(expected.get(0).indexOf("description"))).isEqualTo(Fixtures.AWKWARD);
    }

    static Path findSoffice() {
        for (String p : List.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice")) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return fail("LibreOffice is not installed: apt-get install libreoffice-calc-nogui (see .ci/install)");
    }

    private static void run(Path soffice, Path profile, Path cwd, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + profile.toUri()));
        cmd.addAll(List.of(args));
        Path log = cwd.resolve("soffice.log");
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("LibreOffice did not finish within 180 s: " + Files.readString(log));
        }
        assertThat(p.exitValue()).as("soffice %s: %s", args, Files.readString(log)).isZero();
    }
}
