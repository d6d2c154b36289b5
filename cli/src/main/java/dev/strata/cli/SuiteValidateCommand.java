package dev.strata.cli;

import dev.strata.suite.Batch;
import dev.strata.suite.SuitePlan;
import dev.strata.suite.SuiteReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", description = "Check a suite file without running it: one line per problem (file:line:column).",
        footer = {"", "Exit code: 0 valid, 2 problems found."})
final class SuiteValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    Common common;

    @Parameters(index = "0", paramLabel = "FILE", description = "The suite file (YAML).")
    Path file;

    @Override
    public Integer call() throws Exception {
        SuiteReader.Result r = SuiteFiles.read(file, spec.commandLine().getErr());
        if (!r.ok()) {
            return Errors.USAGE;
        }
        Path abs = file.toAbsolutePath();
        List<Batch> batches = SuitePlan.of(r.suite(), SuiteFiles.name(r), abs.getParent(), SuitePlan.Overrides.NONE,
                () -> "-");
        int runs = batches.stream().mapToInt(b -> b.runs().size()).sum();
        spec.commandLine().getOut().printf("%s: ok: %d processes, %d batches, %d runs%n", file,
                r.suite().processes().size(), batches.size(), runs);
        return 0;
    }
}
