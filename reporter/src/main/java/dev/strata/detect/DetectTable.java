package dev.strata.detect;

import dev.strata.output.OutputFormat;
import dev.strata.output.TextTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code strata detect}'s table for people: aligned columns, the change points alone first, then each environment event. */
final class DetectTable implements OutputFormat.Whole<Detection> {

    /** Change points alone, then each environment event with the series that stepped in it. */
    @Override
    public String text(Detection d) {
        List<ChangePoint> alone = d.alone();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"process", "metric", "host", "last good", "first bad", "direction", "change",
                "confidence", "noise", "status"});
        for (ChangePoint cp : alone) {
            rows.add(new String[]{cp.key().process(), cp.key().metric(), cp.key().hostId(),
                    cp.lastGood().shortSha() + " " + DetectFormats.day(cp.lastGood()),
                    cp.firstBad().shortSha() + " " + DetectFormats.day(cp.firstBad()),
                    cp.direction().label(), DetectFormats.change(cp.ratio()),
                    String.format(Locale.ROOT, "%.4f", cp.confidence()),
                    String.format(Locale.ROOT, "%.1f%%", cp.noise() * 100), cp.status()});
        }
        StringBuilder b = new StringBuilder(TextTable.render(rows, i -> i >= 6 && i < 9));
        long possible = alone.stream().filter(ChangePoint::possible).count();
        b.append(alone.size()).append(alone.size() == 1 ? " change point" : " change points");
        b.append(possible > 0 ? " (" + possible + " possible: too few points after the step yet)" : "").append('\n');
        for (EnvironmentEvent e : d.events()) {
            b.append('\n').append(String.format(Locale.ROOT,
                    "environment event: %d of %d series of host %s stepped at %s %s (%d worse, %d better)%n",
                    e.members().size(), e.ofSeries(), e.hostId(), e.shortSha(), e.commitTime().toString().substring(0, 10),
                    e.regressions(), e.improvements()));
            List<String[]> members = new ArrayList<>();
            members.add(new String[]{"  process", "metric", "last good", "direction", "change", "confidence"});
            for (ChangePoint cp : e.members()) {
                members.add(new String[]{"  " + cp.key().process(), cp.key().metric(), cp.lastGood().shortSha(),
                        cp.direction().label(), DetectFormats.change(cp.ratio()),
                        String.format(Locale.ROOT, "%.4f", cp.confidence())});
            }
            b.append(TextTable.render(members, i -> i >= 4 && i < 6));
        }
        if (!d.events().isEmpty()) {
            b.append(d.events().size()).append(d.events().size() == 1 ? " environment event" : " environment events")
                    .append('\n');
        }
        return b.toString();
    }
}
