package dev.strata.cli;

import picocli.CommandLine.Option;

/**
 * The store a reading command reads and which revision of it: {@code --store} (or {@code --store-branch})
 * and {@code --ref}, declared once for report, detect, check, export, query, ls and show.
 */
final class ReadOptions extends StoreOptions {

    @Option(names = "--ref", paramLabel = "REV",
            description = "Revision of the store to read: branch, tag or SHA (default: its branch).")
    String ref;
}
