package dev.strata.cli;

import picocli.CommandLine.Command;

@Command(name = "suite", description = "Run or check a suite file: processes with repetitions, warm-ups and parameter sweeps.",
        subcommands = {SuiteRunCommand.class, SuiteValidateCommand.class},
        footer = {"", "Examples:", "  strata suite validate perf.suite.yaml",
                "  strata suite run perf.suite.yaml --tag v1.15 --repetitions 5 --order interleaved"})
final class SuiteCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;
    @picocli.CommandLine.Mixin
    Common common;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing what to do: run or validate");
    }
}
