package dev.strata.series;

import java.util.Comparator;

/** Identifies one series: a metric of a process on one host. */
public record SeriesKey(String process, String metric, String hostId) implements Comparable<SeriesKey> {

    private static final Comparator<SeriesKey> ORDER = Comparator.comparing(SeriesKey::process)
            .thenComparing(SeriesKey::metric).thenComparing(SeriesKey::hostId);

    public SeriesKey {
        hostId = hostId == null ? "" : hostId;
    }

    @Override
    public int compareTo(SeriesKey o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return process + " " + metric + (hostId.isEmpty() ? "" : " @" + hostId);
    }
}
