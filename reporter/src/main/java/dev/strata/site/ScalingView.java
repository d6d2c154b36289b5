package dev.strata.site;

import java.util.List;

/**
 * Metric against a numeric parameter on log-log axes, per process and commit, with the fitted exponent
 * k of metric ~ parameter^k (1 is linear, 2 quadratic). Charts are drawn from {@code chartsJson}; the
 * fits table carries the same facts without JavaScript.
 */
public record ScalingView(List<Process> processes, String chartsJson) {

    public record Process(String name, String anchor, String href, String param, List<String> chartIds, List<Fit> fits) {
    }

    public record Fit(String commit, String date, String series, String metric, String exponent, String r2,
                      int points, String reading) {
    }
}
