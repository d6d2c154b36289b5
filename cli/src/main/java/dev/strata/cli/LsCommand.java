package dev.strata.cli;

import dev.strata.export.RunFilter;
import dev.strata.query.Inventory;
import dev.strata.output.TextTable;
import dev.strata.series.StoreSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ls", sortOptions = false,
        description = "List the processes, tags, hosts or commits (shas) of the store, with run counts.",
        footer = {"", "Example: strata ls tags --process 'ingest-*'"})
final class LsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Mixin
    ReadOptions storeOptions;
    @Mixin
    FilterOptions filters;

    @Parameters(index = "0", paramLabel = "processes|tags|hosts|shas", description = "What to list.")
    String what;

    @Override
    public Integer call() {
        Inventory.Kind kind = Inventory.Kind.parse(what);
        RunFilter filter = filters.filter();
        PrintWriter err = spec.commandLine().getErr();
        try (StoreRevision s = new StoreRevision(storeOptions, storeOptions.ref, err)) {
            List<String[]> rows;
            if (Inventory.foldersSuffice(filter, kind)) {
                try (StoreSnapshot snapshot = new StoreSnapshot(s.store.repository())) {
                    rows = Inventory.processes(snapshot.folders(s.rev), filter);
                }
            } else {
                rows = Inventory.list(s.summaries(err).runs(), filter, kind);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(TextTable.render(rows, 1));
            out.flush();
        }
        return 0;
    }
}
