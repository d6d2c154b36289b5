package dev.strata.site;

import dev.strata.flame.DiffFlameGraph;
import dev.strata.flame.FlameOptions;
import dev.strata.flame.FoldedStacks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * Differential flamegraphs made at report time by strata's own flamegraph engine. Malformed lines
 * are skipped; an engine failure (a {@link dev.strata.flame.FlameEngineException}) reaches the
 * caller, which warns and builds the page without the diff.
 */
public final class FlameEngineDiffs implements DiffFlamegraphs {

    @Override
    public Optional<byte[]> diffSvg(byte[] beforeFolded, byte[] afterFolded, String title) {
        try {
            FoldedStacks pair = FoldedStacks.readPair(new ByteArrayInputStream(beforeFolded), "before",
                    new ByteArrayInputStream(afterFolded), "after", false);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DiffFlameGraph.render(pair, FlameOptions.defaults().withTitle(title)
                    .withSubtitle("widths: this run; red: more samples than before, blue: fewer"), out);
            return Optional.of(out.toByteArray());
        } catch (IOException e) {
            return Optional.empty(); // cannot happen on bytes in memory
        }
    }
}
