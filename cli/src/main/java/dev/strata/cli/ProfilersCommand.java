package dev.strata.cli;

import dev.strata.profilers.Availability;
import dev.strata.profilers.Profilers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "profilers", sortOptions = false,
        description = "List the profilers 'strata run --profile' can attach, and whether each can run here.",
        footer = {"", "Example: strata run --profile py-spy,perf -- python ingest.py",
                "Options after colons: --profile py-spy:rate=250:native; a command of your own:",
                "--profile 'custom:NAME[:folded|speedscope|opaque][:memory]=COMMAND with {pid} and {out}'",
                "Exit code: 0."})
final class ProfilersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    Common common;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Profilers.Known> known = Profilers.catalogue();
        for (Profilers.Known k : known) {
            Availability a = k.example().availability(List.of());
            out.println(k.name() + "  " + k.language() + " · " + k.mode() + " · "
                    + (a.usable() ? "ready" : "not available: " + a.reason()));
            if (!k.options().isEmpty()) {
                out.println("    options: " + k.options());
            }
            if (!a.usable() && a.fix() != null) {
                out.println("    fix: " + a.fix());
            }
        }
        out.println("custom  your own command · attaches · custom:NAME[:folded|speedscope|opaque][:memory]=COMMAND"
                + " ({pid}, {out})");
        out.flush();
        return 0;
    }
}
