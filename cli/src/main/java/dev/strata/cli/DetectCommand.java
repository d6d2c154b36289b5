package dev.strata.cli;

import dev.strata.detect.Detection;
import dev.strata.detect.DetectFormats;
import dev.strata.detect.Detector;
import dev.strata.output.OutputFormat;
import dev.strata.series.Series;
import dev.strata.series.SeriesBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "detect", sortOptions = false,
        description = "List every change point over the whole history: per process, metric and host, the last"
                + " good and first bad commit, direction, ratio and confidence; a step with too few points after it"
                + " is 'possible'; many series of one host stepping at one commit are one environment event.",
        footer = {"", "Settings come from strata.yaml at the root of the store, then the command line.",
                "Exit code: 0, or 2 for a usage or data error."})
final class DetectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Mixin
    ReadOptions storeOptions;
    @Mixin
    ThresholdOptions thresholdOptions;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv or json (default: table).")
    String format = "table";
    @Option(names = "--process", split = ",", paramLabel = "PROCESS", description = "Only these processes (repeatable).")
    List<String> processes;
    @Option(names = "--metric", split = ",", paramLabel = "METRIC", description = "Only these metrics (repeatable).")
    List<String> metrics;

    @Override
    public Integer call() {
        OutputFormat<Detection> fmt = DetectFormats.ALL.get(format);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreRuns store = StoreRuns.load(storeOptions.location(), storeOptions.ref, err);
        List<Series> series = SeriesBuilder.build(store.runs()).stream()
                .filter(s -> processes == null || processes.contains(s.key().process()))
                .filter(s -> metrics == null || metrics.contains(s.key().metric()))
                .toList();
        if (series.isEmpty() && (processes != null || metrics != null)) {
            throw new Errors.UsageException("no series in the store match --process " + processes
                    + " --metric " + metrics);
        }
        Detector detector = store.config().detector(thresholdOptions.overrides(store.runs()));
        Detection found = detector.detectAll(series);
        out.print(fmt.render(found));
        out.flush();
        return 0;
    }
}
