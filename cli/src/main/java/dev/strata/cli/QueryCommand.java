package dev.strata.cli;

import dev.strata.export.RunFilter;
import dev.strata.query.GroupBy;
import dev.strata.query.Query;
import dev.strata.output.OutputFormat;
import dev.strata.query.QueryFormats;
import dev.strata.query.QueryResult;
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

@Command(name = "query", sortOptions = false,
        description = "Count, median, MAD, min and max of metrics per group of runs.",
        footer = {"", "Example: strata query --process ingest-pbmc3k --tag v1.14 --tag v1.15 --group-by tag",
                "Without --metric: wall time, max RSS and every custom metric the runs report."})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Mixin
    ReadOptions storeOptions;
    @Mixin
    FilterOptions filters;

    @Option(names = "--group-by", paramLabel = "KEY",
            description = "process, tag, sha, host or param.NAME (repeatable; default: process).")
    List<String> groupBy = new ArrayList<>();
    @Option(names = "--metric", paramLabel = "NAME", description = "Metrics to summarise, in this order (repeatable).")
    List<String> metrics = new ArrayList<>();
    @Option(names = "--format", paramLabel = "table|csv|json|markdown", description = "Output format (default: table).")
    String format = "table";
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Override
    public Integer call() throws Exception {
        OutputFormat<QueryResult> fmt = QueryFormats.of(format);
        RunFilter filter = filters.filter();
        List<GroupBy> keys = (groupBy.isEmpty() ? List.of("process") : groupBy).stream().map(GroupBy::parse).toList();
        PrintWriter err = spec.commandLine().getErr();
        try (StoreRevision s = new StoreRevision(storeOptions, storeOptions.ref, err)) {
            QueryResult result = Query.run(s.summaries(err).runs(),
                    filter, keys, metrics);
            OutputTarget.write(output, spec.commandLine().getOut(), w -> fmt.write(result, w));
        }
        return 0;
    }
}
