package dev.strata.cli;

import dev.strata.export.Dates;
import dev.strata.export.Glob;
import dev.strata.export.RunFilter;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** The run filters shared by export, query and ls; repeated options are alternatives. */
final class FilterOptions {

    @Option(names = "--process", paramLabel = "GLOB", description = "Processes to include, e.g. 'ingest-*' (repeatable).")
    List<String> processes = new ArrayList<>();
    @Option(names = "--tag", paramLabel = "TAG", description = "Runs with this tag (repeatable).")
    List<String> tags = new ArrayList<>();
    @Option(names = "--host", paramLabel = "HOST", description = "Runs on this host id or hostname (repeatable).")
    List<String> hosts = new ArrayList<>();
    @Option(names = "--sha", paramLabel = "SHA", description = "Runs of this commit of the code under test (prefix, repeatable).")
    List<String> shas = new ArrayList<>();
    @Option(names = "--since", paramLabel = "DATE", description = "Runs started at or after DATE (2026-03-01 or an ISO-8601 instant, UTC).")
    String since;
    @Option(names = "--until", paramLabel = "DATE", description = "Runs started before the end of DATE (a day) or before DATE (an instant).")
    String until;

    RunFilter filter() {
        return new RunFilter(processes.stream().map(Glob::of).toList(), tags, hosts, shas,
                since == null ? null : Dates.since(since, "--since"),
                until == null ? null : Dates.until(until, "--until"));
    }
}
