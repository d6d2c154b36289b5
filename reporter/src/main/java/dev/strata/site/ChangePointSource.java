package dev.strata.site;

import dev.strata.series.RunSummary;

import java.util.List;

/** Where change points come from (the detector); the site marks them and lists them. */
public interface ChangePointSource {

    List<ChangePoint> changePoints(List<RunSummary> runs);

    /** False for the empty default, so the regressions page can say that no detector ran. */
    default boolean active() {
        return true;
    }

    static ChangePointSource none() {
        return new ChangePointSource() {
            @Override
            public List<ChangePoint> changePoints(List<RunSummary> runs) {
                return List.of();
            }

            @Override
            public boolean active() {
                return false;
            }
        };
    }
}
