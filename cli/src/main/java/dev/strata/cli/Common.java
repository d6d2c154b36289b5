package dev.strata.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class Common {
    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
