package dev.strata.output;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextTableTest {

    @Test
    void textLeftNumbersRightTwoSpacesApartNoTrailingSpace() {
        String t = TextTable.render(List.of(
                new String[]{"process", "n", "median"},
                new String[]{"ingest", "12", "1.20 s"},
                new String[]{"x", "3", "950 ms"}), 1);
        assertThat(t).isEqualTo("""
                process   n  median
                ingest   12  1.20 s
                x         3  950 ms
                """);
    }

    @Test
    void widthsCountCodePointsSoAccentsAndAstralCharactersLineUp() {
        String t = TextTable.render(List.of(
                new String[]{"ünïcödé", "1"},
                new String[]{"\uD83D\uDE80x", "22"},
                new String[]{"plain", "3"}), 1);
        assertThat(t.lines().map(l -> l.codePointCount(0, l.length())).distinct().toList()).containsExactly(11);
    }

    @Test
    void anyColumnsMayBeRightAlignedAndNullCellsAreEmpty() {
        String t = TextTable.render(List.of(
                new String[]{"a", "range", "n"},
                new String[]{"bb", "1 – 22", null}), i -> i == 2);
        assertThat(t).isEqualTo("""
                a   range   n
                bb  1 – 22
                """);
    }

    @Test
    void noRowsNoText() {
        assertThat(TextTable.render(List.of(), 0)).isEmpty();
    }
}
