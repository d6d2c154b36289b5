package dev.strata.measure;

import dev.strata.record.Timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounds a timeline to a number of points so that peaks survive: each bucket keeps its highest
 * RSS and process count and the mean CPU, stamped with the bucket's start.
 */
public final class TimelineDownsampler {

    private TimelineDownsampler() {
    }

    public static List<Timeline.Point> downsample(List<Timeline.Point> points, int max) {
        if (points.size() <= max) {
            return points;
        }
        int per = (points.size() + max - 1) / max;
        List<Timeline.Point> out = new ArrayList<>(max);
        for (int i = 0; i < points.size(); i += per) {
            int end = Math.min(points.size(), i + per);
            long rss = 0;
            int procs = 0;
            double cpu = 0;
            int cpuN = 0;
            boolean anyRss = false;
            boolean anyProcs = false;
            for (int j = i; j < end; j++) {
                Timeline.Point p = points.get(j);
                if (p.rssBytes() != null) {
                    rss = Math.max(rss, p.rssBytes());
                    anyRss = true;
                }
                if (p.processes() != null) {
                    procs = Math.max(procs, p.processes());
                    anyProcs = true;
                }
                if (p.cpuPercent() != null) {
                    cpu += p.cpuPercent();
                    cpuN++;
                }
            }
            out.add(new Timeline.Point(points.get(i).t(), anyRss ? rss : null,
                    cpuN == 0 ? null : Math.round(cpu / cpuN * 10) / 10.0, anyProcs ? procs : null));
        }
        return out;
    }
}
