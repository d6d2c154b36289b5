package dev.strata.site;

import dev.strata.flame.DiffFlameGraph;
import dev.strata.flame.FlameOptions;
import dev.strata.flame.FoldedStacks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/** Differential flamegraphs made at report time by strata's own flamegraph engine. */
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
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a profile we cannot read leaves the page without a diff, not without a page
        }
    }
}
