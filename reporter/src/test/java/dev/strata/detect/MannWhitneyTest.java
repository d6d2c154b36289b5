package dev.strata.detect;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class MannWhitneyTest {

    @Test
    void exactPValuesOfSmallSamples() {
        // all of b above all of a: 1 of C(6,3) = 20 arrangements
        MannWhitney.Result r = MannWhitney.test(new double[]{1, 2, 3}, new double[]{4, 5, 6});
        assertThat(r.pGreater()).isCloseTo(0.05, offset(1e-12));
        assertThat(r.pLess()).isCloseTo(1.0, offset(1e-12));
        assertThat(r.pTwoSided()).isCloseTo(0.10, offset(1e-12));
    }

    @Test
    void tiesAreCountedWithMidRanks() {
        MannWhitney.Result r = MannWhitney.test(new double[]{1, 1, 1}, new double[]{1, 1, 1});
        assertThat(r.pGreater()).isEqualTo(1.0);
        assertThat(r.pLess()).isEqualTo(1.0);
    }

    /** Reference values from R 4.2.2: {@code wilcox.test(b, a, alternative = "greater", ...)$p.value}. */
    @Test
    void agreesWithR() {
        double[] a = {1.1, 2.3, 0.7, 3.3, 2.2, 5.1, 0.4, 1.9};
        double[] b = {2.9, 4.4, 3.1, 6.2, 2.5, 3.6, 4.0};
        // exact = TRUE
        assertThat(MannWhitney.test(a, b).pGreater()).isCloseTo(0.01445221, offset(1e-8));
        double[] a2 = new double[16];
        double[] b2 = new double[16];
        for (int i = 0; i < 16; i++) {
            a2[i] = i;
            b2[i] = i + 4.5;
        }
        // exact = FALSE, correct = TRUE (32 values: past the exact limit)
        assertThat(MannWhitney.test(a2, b2).pGreater()).isCloseTo(0.01022824, offset(1e-7));
        assertThat(MannWhitney.upperTail(1.959964)).isCloseTo(0.025, offset(1e-6));
    }

    @Property(tries = 200)
    void pValuesAreProbabilities(@ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = -1e6, max = 1e6) Double> a,
                                 @ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = -1e6, max = 1e6) Double> b) {
        MannWhitney.Result r = MannWhitney.test(a.stream().mapToDouble(d -> d).toArray(),
                b.stream().mapToDouble(d -> d).toArray());
        assertThat(r.pGreater()).isBetween(0.0, 1.0);
        assertThat(r.pLess()).isBetween(0.0, 1.0);
        assertThat(r.pGreater() + r.pLess()).isGreaterThanOrEqualTo(1.0 - 1e-9);
    }
}
