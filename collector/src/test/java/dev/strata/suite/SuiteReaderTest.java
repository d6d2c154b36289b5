package dev.strata.suite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SuiteReaderTest {

    static Path resource(String name) {
        try {
            return Path.of(SuiteReaderTest.class.getResource("/suites/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static SuiteReader.Result read(String name) throws IOException {
        return SuiteReader.read(resource(name), ProfilerNames.KNOWN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown-key.yaml      | 5:5: unknown key 'repetitons': did you mean 'repetitions'?",
            "wrong-type.yaml       | 5:18: processes[0].repetitions: wrong type: expected a whole number, got 'five'",
            "wrong-type-list.yaml  | 4:14: processes[0].warmups: wrong type: expected a whole number, got a list",
            "missing-command.yaml  | 5:5: process 'query': missing command",
            "unknown-profiler.yaml | 5:23: unknown profiler 'pyspy2': did you mean 'py-spy'?",
            "duplicate-name.yaml   | 7:11: duplicate process name 'ingest' (first at line 3)",
            "undefined-param.yaml  | 6:44: process 'ingest': {sise} is used but not defined in params (did you mean {size}?)",
            "yaml-syntax.yaml      | 5:1: YAML syntax: expected ',' or ']', but got <stream end> (while parsing a flow sequence)",
            "duplicate-key.yaml    | 5:5: duplicate key 'command'",
    })
    void eachBadSuiteGivesOneLineWithFileLineAndColumn(String file, String expected) throws IOException {
        SuiteReader.Result r = read("bad/" + file);
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0).toString()).isEqualTo(resource("bad/" + file) + ":" + expected);
        assertThat(r.problems().get(0).toString()).doesNotContain("\n");
    }

    @Test
    void readsEveryKeyIntoTypedRecords() throws IOException {
        SuiteReader.Result r = read("good.yaml");
        assertThat(r.problems()).isEmpty();
        Suite s = r.suite();
        assertThat(s.name()).isEqualTo("cellkit");
        assertThat(s.defaults().repetitions()).isEqualTo(4);
        SuiteProcess ingest = s.processes().get(0);
        assertThat(ingest.command().words())
                .containsExactly("python3", "ingest.py", "--cells", "{size}", "--out", "out dir/{size}");
        assertThat(ingest.teardown().words()).containsExactly("rm", "-rf", "out dir");
        assertThat(ingest.profile()).containsExactly("py-spy");
        assertThat(ingest.params()).isEqualTo(Map.of("size", List.of(1000, 2000, 4000)));
    }

    @Test
    void reportsEveryProblemItCanInFileOrder() throws IOException {
        SuiteReader.Result r = read("bad/many.yaml");
        assertThat(r.problems()).extracting(p -> p.line() + ":" + p.column() + ": " + p.message()).containsExactly(
                "3:3: unknown key 'repetition': did you mean 'repetitions'?",
                "7:14: process 'ingest': {count} is used but not defined in params (defined: size)",
                "8:11: invalid process name 'Bad Name': use 1-64 characters of a-z, 0-9, '.', '_' and '-',"
                        + " starting with a letter or digit");
    }

    @Test
    void anEmptyFileIsAProblemNotACrash() {
        assertThat(SuiteReader.parse(Path.of("s.yaml"), "\n", ProfilerNames.KNOWN).problems())
                .extracting(SuiteProblem::toString).containsExactly("s.yaml:1:1: empty suite: expected a mapping with 'processes:'");
        assertThat(SuiteReader.parse(Path.of("s.yaml"), "- a\n- b\n", ProfilerNames.KNOWN).problems())
                .extracting(SuiteProblem::toString).containsExactly("s.yaml:1:1: suite: wrong type: expected a mapping, got a list");
    }
}
