package dev.strata.export;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Writing plain cells directly gives byte for byte what Commons CSV writes for the whole record. */
class CsvRowWriterTest {

    @Property(tries = 1000)
    void sameBytesAsCommonsCsv(@ForAll("records") List<String> cells) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            StringWriter mine = new StringWriter();
            CsvRowWriter w = new CsvRowWriter(mine);
            w.header(cells);
            w.row(cells.toArray());
            w.close();
            StringWriter theirs = new StringWriter();
            try (CSVPrinter p = new CSVPrinter(theirs, CSVFormat.RFC4180)) {
                p.printRecord(cells);
                p.printRecord(cells);
            }
            assertThat(mine.toString()).isEqualTo(theirs.toString());
        });
    }

    @Provide
    Arbitrary<List<String>> records() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789.-+:/_abcXYZ").ofMaxLength(12),
                Arbitraries.strings().withChars("0123456789 ,\"\r\n#!\t'aé€").ofMaxLength(8),
                Arbitraries.of("", " ", "#", "x ", " x", "1.5", "2026-01-02T03:04:05.678Z", "-3", "a\"b", "ünï"));
        return cell.list().ofMinSize(1).ofMaxSize(8);
    }
}
