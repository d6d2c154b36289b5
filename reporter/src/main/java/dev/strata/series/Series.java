package dev.strata.series;

import java.util.List;

/** The points of one metric of one process on one host, oldest commit first. */
public record Series(SeriesKey key, MetricDef metric, List<Point> points) {

    public Series {
        points = List.copyOf(points);
    }

    public double[] medians() {
        double[] v = new double[points.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = points.get(i).median();
        }
        return v;
    }

    public int size() {
        return points.size();
    }
}
