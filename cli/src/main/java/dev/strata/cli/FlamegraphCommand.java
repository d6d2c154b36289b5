package dev.strata.cli;

import dev.strata.flame.DiffFlameGraph;
import dev.strata.flame.FlameGraph;
import dev.strata.flame.FlameOptions;
import dev.strata.flame.FoldedProblem;
import dev.strata.flame.FoldedStacks;
import dev.strata.flame.Palette;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "flamegraph", sortOptions = false,
        description = {"Render folded stacks ('frame;frame;frame COUNT' lines) as an interactive SVG flamegraph.",
            "  strata flamegraph cpu.folded -o cpu.svg",
            "  strata flamegraph --diff before.folded after.folded -o diff.svg",
            "'-' reads standard input."})
final class FlamegraphCommand implements Callable<Integer> {

    private static final int SHOWN_PROBLEMS = 10;

    @Spec
    CommandSpec spec;
    @Mixin
    Common common;

    @Parameters(arity = "1..2", paramLabel = "FOLDED", description = "Folded stacks; with --diff: BEFORE AFTER.")
    List<String> inputs;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.svg", description = "The SVG to write ('-': standard output).")
    String output;
    @Option(names = "--diff", description = "Differential flamegraph of BEFORE vs AFTER: widths from AFTER, red more, blue less.")
    boolean diff;
    @Option(names = "--negate", description = "With --diff: widths from BEFORE, so removed code shows.")
    boolean negate;
    @Option(names = "--raw-counts", description = "With --diff: colour by the change in raw sample counts, not in shares of the totals.")
    boolean rawCounts;
    @Option(names = "--title", description = "Title (default: Flame Graph).")
    String title;
    @Option(names = "--subtitle", description = "Second line, e.g. process, commit and date.")
    String subtitle;
    @Option(names = "--minwidth", paramLabel = "PERCENT", description = "Leave out frames narrower than this share of all samples (default: 0.1%%).")
    String minWidth = "0.1";
    @Option(names = "--icicle", description = "Icicle layout: the root at the top.")
    boolean icicle;
    @Option(names = "--palette", description = "auto (default), python, native, kernel, java, r or memory.")
    String palette = "auto";
    @Option(names = "--unit", description = "What a count means, for tooltips (default: samples).")
    String unit = "samples";
    @Option(names = "--strict", description = "Fail on the first malformed line instead of skipping it.")
    boolean strict;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (diff != (inputs.size() == 2)) {
            throw new Errors.UsageException(diff ? "--diff needs two inputs: BEFORE AFTER" : "one input expected (two only with --diff)");
        }
        if (!diff && (negate || rawCounts)) {
            throw new Errors.UsageException("--negate and --raw-counts only apply with --diff");
        }
        if (inputs.size() == 2 && inputs.get(0).equals("-") && inputs.get(1).equals("-")) {
            throw new Errors.UsageException("only one input can be standard input ('-')");
        }
        FlameOptions options = FlameOptions.defaults().withTitle(title).withSubtitle(subtitle)
                .withMinWidthPercent(percent(minWidth)).withIcicle(icicle)
                .withPalette(palette.equalsIgnoreCase("auto") ? null : Palette.parse(palette))
                .withNegate(negate).withRawCounts(rawCounts).withUnit(unit);
        FoldedStacks stacks;
        if (diff) {
            try (InputStream before = open(inputs.get(0)); InputStream after = open(inputs.get(1))) {
                stacks = FoldedStacks.readPair(before, inputs.get(0), after, inputs.get(1), strict);
            }
        } else {
            try (InputStream in = open(inputs.get(0))) {
                stacks = FoldedStacks.read(in, inputs.get(0), strict);
            }
        }
        warn(stacks, err);
        write(output, out -> {
            if (diff) {
                DiffFlameGraph.render(stacks, options, out);
            } else {
                FlameGraph.render(stacks, options, out);
            }
        });
        return 0;
    }

    private static double percent(String text) {
        String t = text.strip();
        t = t.endsWith("%") ? t.substring(0, t.length() - 1) : t;
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new Errors.UsageException("--minwidth: '" + text + "' is not a percentage (e.g. 0.1 or 0.5%)");
        }
    }

    private static InputStream open(String input) throws IOException {
        if (input.equals("-")) {
            return System.in;
        }
        try {
            return Files.newInputStream(Path.of(input));
        } catch (NoSuchFileException e) {
            throw new Errors.UsageException("no such file: " + input);
        }
    }

    private static void warn(FoldedStacks stacks, PrintWriter err) {
        List<FoldedProblem> problems = stacks.problems();
        for (int i = 0; i < Math.min(SHOWN_PROBLEMS, problems.size()); i++) {
            err.println("strata: warning: " + problems.get(i) + " (line skipped)");
        }
        if (stacks.problemCount() > SHOWN_PROBLEMS) {
            err.println("strata: warning: " + stacks.problemCount() + " malformed lines skipped in all");
        }
        err.flush();
    }

    interface Render {
        void to(OutputStream out) throws IOException;
    }

    /** Writes next to the target and moves it in place: a failure never leaves half an SVG. */
    private static void write(String output, Render render) throws IOException {
        if (output.equals("-")) {
            render.to(System.out);
            System.out.flush();
            return;
        }
        Path target = Path.of(output).toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new Errors.UsageException("output directory does not exist: " + dir);
        }
        Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                render.to(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
