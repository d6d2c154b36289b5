package dev.strata.importer;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ProcessNamesTest {

    @Test
    void aLongNameKeepsItsStartAndItsLastWordsWithAHashOfTheWholeBetween() {
        String series = "end_to_end/http2_parallel_x10_req_10kb_100_chunks_adaptive_window";
        String name = ProcessNames.assign(List.of(series)).get(series);
        assertThat(name).matches("end_to_end-http2_parallel_x10_req-[0-9a-f]{6}-chunks_adaptive_window");
    }

    @Test
    void namesThatShareAStartStayApart() {
        String a = "end_to_end/http2_parallel_x10_req_10kb_100_chunks_adaptive_window_one";
        String b = "end_to_end/http2_parallel_x10_req_10kb_100_chunks_adaptive_window_two";
        Map<String, String> names = ProcessNames.assign(List.of(a, b));
        assertThat(names.get(a)).isNotEqualTo(names.get(b));
        assertThat(names.get(a)).startsWith("end_to_end-http2_parallel_x10_req");
        assertThat(names.get(b)).startsWith("end_to_end-http2_parallel_x10_req");
    }

    @Property(tries = 500)
    void everyNameIsAValidKeyAndStable(@ForAll @StringLength(min = 1, max = 200) String series) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            String name = ProcessNames.assign(List.of(series)).get(series);
            assertThat(name).matches("[a-z0-9][a-z0-9._-]{0,63}");
            assertThat(ProcessNames.assign(List.of(series)).get(series)).isEqualTo(name);
        });
    }
}
