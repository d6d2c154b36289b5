package dev.strata.site;

import java.util.Optional;

/**
 * Renders a differential flamegraph (widths from after, colour from the change) from two folded-stack
 * files. The run page shows one against the previous run of the same process on the same host with
 * the same profiler; without an engine the page simply has none.
 */
public interface DiffFlamegraphs {

    Optional<byte[]> diffSvg(byte[] beforeFolded, byte[] afterFolded, String title);

    static DiffFlamegraphs none() {
        return (before, after, title) -> Optional.empty();
    }
}
