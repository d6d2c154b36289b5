package dev.strata.cli;

import dev.strata.export.ExportFormats;
import dev.strata.export.Exporter;
import dev.strata.export.Form;
import dev.strata.export.RunFilter;
import dev.strata.output.OutputFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", sortOptions = false,
        description = "Write the selected runs as CSV (for spreadsheets), JSON or NDJSON (for scripts).",
        footer = {"", "Example: strata export --process 'ingest-*' --since 2026-01-01 -o ingest.csv",
                "The columns are documented in README.md (Export)."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Mixin
    ReadOptions storeOptions;
    @Mixin
    FilterOptions filters;

    @Option(names = "--format", paramLabel = "csv|json|ndjson", description = "Output format (default: csv).")
    String format = "csv";
    @Option(names = "--metric", paramLabel = "NAME", description = "Only these metrics, in this order (repeatable).")
    List<String> metrics = new ArrayList<>();
    @ArgGroup(exclusive = true)
    Shape shape = new Shape();
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    static final class Shape {
        @Option(names = "--wide", description = "One row per run, a column per metric (default).")
        boolean wide;
        @Option(names = "--long", description = "One row per run and metric, with unit and direction.")
        boolean longForm;
    }

    @Override
    public Integer call() throws Exception {
        OutputFormat<Exporter.Planned> fmt = ExportFormats.ALL.get(format);
        RunFilter filter = filters.filter();
        PrintWriter err = spec.commandLine().getErr();
        Exporter.Request req = new Exporter.Request(filter, metrics, shape.longForm ? Form.LONG : Form.WIDE, fmt);
        try (StoreRevision s = new StoreRevision(storeOptions, storeOptions.ref, err)) {
            var source = s.summaries(err).runs();
            var planned = Exporter.plan(source, req);
            OutputTarget.write(output, spec.commandLine().getOut(), w -> fmt.write(planned, w));
            if (output != null) {
                err.println("strata: wrote " + planned.count() + " runs to " + output);
            }
        }
        return 0;
    }
}
