package dev.strata.cli;

import dev.strata.series.StoreSnapshot;
import dev.strata.query.RunLookup;
import dev.strata.query.RunText;
import dev.strata.record.RunJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

@Command(name = "show", sortOptions = false,
        description = "Print one run record, readable (or as its run.json with --json).",
        footer = {"", "Example: strata show 01JDX3K4Z8N2W6Q0R5T7V9B1C3",
                "         strata show ingest-pbmc3k/2026-11-27T16-43-55.594Z-5t9l"})
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Mixin
    ReadOptions storeOptions;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run id (ULID) or its store path process/folder.")
    String run;
    @Option(names = "--json", description = "Print the record as stored (run.json).")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (StoreRevision s = new StoreRevision(storeOptions, storeOptions.ref, err);
             StoreSnapshot snapshot = new StoreSnapshot(s.store.repository())) {
            RunLookup.Found found = RunLookup.find(snapshot, s.rev, run, w -> err.println("strata: warning: " + w));
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? new String(RunJson.write(found.record()), StandardCharsets.UTF_8)
                    : RunText.render(found.path(), found.record()));
            out.flush();
        }
        return 0;
    }
}
