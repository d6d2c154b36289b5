package dev.strata.query;

import dev.strata.testing.Golden;
import dev.strata.export.Fixtures;
import dev.strata.export.RunFilter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QueryGoldenTest {

    private static final Golden GOLDEN = Golden.in("reporter", "src/test/resources/golden");

    static String render(String format, List<String> groupBy, List<String> metrics) {
        QueryResult r = Query.run(Fixtures.source(), RunFilter.ALL, groupBy.stream().map(GroupBy::parse).toList(),
                metrics);
        StringWriter w = new StringWriter();
        try {
            QueryFormats.of(format).write(r, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    @Test
    void tableByProcess() {
        GOLDEN.check("query/by-process.txt", () -> render("table", List.of("process"), List.of()));
    }

    @Test
    void tableByTagAndParam() {
        GOLDEN.check("query/by-tag-size.txt", () -> render("table", List.of("tag", "param.size"),
                List.of("wallSeconds", "maxRssBytes", "cells_per_second")));
    }

    @Test
    void markdown() {
        GOLDEN.check("query/by-tag.md", () -> render("markdown", List.of("tag"), List.of()));
    }

    @Test
    void csv() {
        GOLDEN.check("query/by-host.csv", () -> render("csv", List.of("host"), List.of()));
    }

    @Test
    void json() {
        GOLDEN.check("query/by-sha.json", () -> render("json", List.of("sha"), List.of("wallSeconds")));
    }

    @Test
    void summaryStatistics() {
        Summary s = Summary.of(new double[]{1, 2, 3, 4, 100}, 5);
        assertThat(s).isEqualTo(new Summary(5, 3, 1, 1, 100));
        Summary even = Summary.of(new double[]{4, 1, 3, 2}, 4);
        assertThat(even.median()).isEqualTo(2.5);
        assertThat(even.mad()).isEqualTo(1.0);
    }

    @Test
    void emptySelectionIsAHeaderOnly() {
        QueryResult r = Query.run(Fixtures.source(), new RunFilter(List.of(), List.of("v9"), List.of(), List.of(),
                null, null), List.of(GroupBy.parse("process")), List.of());
        StringWriter w = new StringWriter();
        try {
            QueryFormats.of("table").write(r, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(w.toString()).isEqualTo("process  metric  n  median  MAD  min  max\n");
    }
}
