package dev.strata.bench;

import dev.strata.flame.StackGenerator;
import dev.strata.testing.Browser;
import org.openqa.selenium.JavascriptExecutor;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * strata's flamegraph engine against inferno (the fastest public implementation; get it with
 * {@code cargo install inferno}) on the same inputs, in one run: generated folded files of 10k,
 * 100k and 1M lines ({@link FoldedGenerator}), a real py-spy capture, and 1M lines whose nodes
 * keep gathering children up to thousands ({@link StackGenerator}: the shape that once hung the
 * engine, the input of {@code MillionLinesTest}). Each tool runs as a whole process under GNU time
 * (wall, user+sys CPU, peak RSS), strata through its {@code ./strata} launcher so JVM start is included; median of {@code --reps} runs (default 3), the two tools
 * taking turns so that the host's changing load hits both alike. Both prune the
 * same frames: narrower than 0.1% of all samples (strata's default, inferno's
 * {@code --minwidth 0.1}). Then the differential flamegraph at 100k and 1M against
 * {@code inferno-diff-folded | inferno-flamegraph} (GNU time reports the larger of the two
 * processes' peak RSS), and the time headless Chromium takes to load and paint each tool's SVG of
 * the 1M-line input. Ratios are inferno / strata: above 1 means strata is faster.
 *
 * <p>Run: {@code bench/run FlameBenchmark [--reps N] [--max-lines N]}. Inputs are kept in
 * {@code collector/target/flame-bench/}.
 */
public final class FlameBenchmark {

    record Run(double wallSeconds, double cpuSeconds, long maxRssBytes, long svgBytes) {
    }

    private final Path root = Path.of(System.getProperty("strata.root", "."));
    private final Path work = root.resolve("collector/target/flame-bench");
    private final Path inferno = tool("inferno-flamegraph");
    private final Path infernoDiff = tool("inferno-diff-folded");
    private int reps = 3;

    public static void main(String[] args) throws Exception {
        FlameBenchmark b = new FlameBenchmark();
        int maxLines = 1_000_000;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--reps")) {
                b.reps = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--max-lines")) {
                maxLines = Integer.parseInt(args[++i]);
            }
        }
        b.run(maxLines);
    }

    private void run(int maxLines) throws Exception {
        Run[] tenThousand = null;
        Files.createDirectories(work);
        Path capture = root.resolve("collector/src/test/resources/flame/pyspy-after.folded");
        // the launcher records its class-data archive on the first run after a build: not timed
        strata(capture, work.resolve("warmup.svg"), List.of());
        strata(capture, work.resolve("warmup.svg"), List.of());

        System.out.printf(Locale.ROOT, "strata flamegraph vs %s (median of %d runs; wall s / cpu s / peak RSS MiB / SVG KiB)%n",
                inferno, reps);
        System.out.printf(Locale.ROOT, "host: %d cpus, load average %s%n", Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).trim());
        header();
        compare("py-spy capture", capture);
        List<Path> inputs = new ArrayList<>();
        for (int lines : new int[]{10_000, 100_000, 1_000_000}) {
            if (lines <= maxLines) {
                Path in = generated(lines, false);
                inputs.add(in);
                Run[] r = compare(label(lines), in);
                if (lines == 10_000) {
                    tenThousand = r;
                }
            }
        }
        if (maxLines >= 1_000_000) {
            compare("1M wide nodes", wide());
        }
        if (tenThousand != null) {
            System.out.printf(Locale.ROOT, "aim | measured | reference measured in this run:%n  strata flamegraph on 10k"
                            + " folded lines faster than inferno | strata (JVM start included; %s): %.3f s wall, %.3f s CPU"
                            + " | inferno-flamegraph --minwidth 0.1: %.3f s wall, %.3f s CPU; inferno/strata wall %.2fx%n",
                    launcherSetup(), tenThousand[0].wallSeconds(), tenThousand[0].cpuSeconds(),
                    tenThousand[1].wallSeconds(), tenThousand[1].cpuSeconds(),
                    tenThousand[1].wallSeconds() / tenThousand[0].wallSeconds());
        }
        System.out.println();
        System.out.println("differential: strata flamegraph --diff vs inferno-diff-folded | inferno-flamegraph");
        header();
        for (int lines : new int[]{100_000, 1_000_000}) {
            if (lines <= maxLines) {
                compareDiff(label(lines) + " diff", generated(lines, false), generated(lines, true));
            }
        }
        if (maxLines >= 1_000_000) {
            System.out.println();
            chromium(generated(1_000_000, false));
        }
    }

    private void header() {
        System.out.printf(Locale.ROOT, "%-16s %8s | %-29s | %-29s | %7s %7s %7s%n", "input", "MiB",
                "strata wall/cpu/RSS/SVG", "inferno wall/cpu/RSS/SVG", "x wall", "x cpu", "RSS/in");
    }

    private Run[] compare(String name, Path in) throws Exception {
        Run[] r = alternate(() -> strata(in, work.resolve("strata.svg"), List.of()),
                () -> timed(work.resolve("inferno.svg"), inferno.toString(), "--minwidth", "0.1", in.toString()));
        row(name, Files.size(in), r[0], r[1]);
        return r;
    }

    /** The JDK and class archive the launcher uses, as it says under STRATA_TRACE=1. */
    private String launcherSetup() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(root.resolve("strata").toString(), "--version").redirectErrorStream(true);
        pb.environment().put("STRATA_TRACE", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.lines().filter(l -> l.contains("trace: launcher:")).findFirst()
                .map(l -> l.substring(l.indexOf("launcher:") + "launcher:".length()).trim()).orElse("launcher said nothing");
    }

    private void compareDiff(String name, Path before, Path after) throws Exception {
        String pipeline = infernoDiff + " '" + before + "' '" + after + "' | " + inferno + " --minwidth 0.1";
        Run[] r = alternate(() -> strata(before, work.resolve("strata-diff.svg"), List.of("--diff", after.toString())),
                () -> timed(work.resolve("inferno-diff.svg"), "bash", "-c", pipeline));
        row(name, Files.size(before) + Files.size(after), r[0], r[1]);
    }

    private void row(String name, long inputBytes, Run s, Run i) {
        System.out.printf(Locale.ROOT, "%-16s %8.1f | %6.2f %6.2f %7.0f %7.0f | %6.2f %6.2f %7.0f %7.0f | %7.2f %7.2f %7.2f%n",
                name, inputBytes / 1048576.0,
                s.wallSeconds(), s.cpuSeconds(), s.maxRssBytes() / 1048576.0, s.svgBytes() / 1024.0,
                i.wallSeconds(), i.cpuSeconds(), i.maxRssBytes() / 1048576.0, i.svgBytes() / 1024.0,
                ratio(i.wallSeconds(), s.wallSeconds()), ratio(i.cpuSeconds(), s.cpuSeconds()),
                (double) s.maxRssBytes() / inputBytes);
    }

    /** inferno / strata; NaN when inferno's time is below GNU time's resolution. */
    private static double ratio(double inferno, double strata) {
        return inferno < 0.01 ? Double.NaN : inferno / strata;
    }

    private Run strata(Path in, Path out, List<String> extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(root.resolve("strata").toString(), "flamegraph"));
        cmd.addAll(extra.isEmpty() ? List.of(in.toString()) : List.of(extra.get(0), in.toString(), extra.get(1)));
        cmd.addAll(List.of("-o", out.toString()));
        Run r = timed(null, cmd.toArray(String[]::new));
        return new Run(r.wallSeconds(), r.cpuSeconds(), r.maxRssBytes(), Files.size(out));
    }

    /** One process under GNU time; stdout to {@code stdout} when given (its size is the SVG size). */
    private Run timed(Path stdout, String... command) throws Exception {
        Path report = work.resolve("time.txt");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", report.toString()));
        cmd.addAll(Arrays.asList(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.redirectOutput(stdout != null ? ProcessBuilder.Redirect.to(stdout.toFile()) : ProcessBuilder.Redirect.DISCARD);
        int code = pb.start().waitFor();
        if (code != 0) {
            throw new IllegalStateException("failed (" + code + "): " + String.join(" ", command));
        }
        String[] f = Files.readAllLines(report, StandardCharsets.UTF_8).get(0).trim().split(" ");
        return new Run(Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2]),
                Long.parseLong(f[3]) * 1024, stdout != null ? Files.size(stdout) : 0);
    }

    interface Measure {
        Run once() throws Exception;
    }

    /** The median run of each, taking turns so that a change in the host's load hits both alike. */
    private Run[] alternate(Measure ours, Measure theirs) throws Exception {
        List<Run> a = new ArrayList<>();
        List<Run> b = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            a.add(ours.once());
            b.add(theirs.once());
        }
        return new Run[]{median(a), median(b)};
    }

    private static Run median(List<Run> runs) {
        runs.sort((x, y) -> Double.compare(x.wallSeconds(), y.wallSeconds()));
        return runs.get(runs.size() / 2);
    }

    private Path generated(int lines, boolean after) throws IOException {
        Path p = work.resolve("gen-" + lines + (after ? "-after" : "") + ".folded");
        if (!Files.exists(p)) {
            FoldedGenerator.write(p, lines, after);
        }
        return p;
    }

    /** The input of {@code MillionLinesTest}: a million lines whose nodes keep growing wider. */
    private Path wide() throws IOException {
        Path p = work.resolve("gen-1000000-wide.folded");
        if (!Files.exists(p)) {
            StackGenerator.Shape shape = new StackGenerator.Shape(11, 1_000_000, 40, 5_000, 3_000, 3.0, 0.3, 0.01, false);
            try (var in = new StackGenerator(shape).stream()) {
                Files.copy(in, p);
            }
        }
        return p;
    }

    private static String label(int lines) {
        return lines >= 1_000_000 ? lines / 1_000_000 + "M lines" : lines / 1000 + "k lines";
    }

    /** Load and first paint of both SVGs of the same input in headless Chromium. */
    private void chromium(Path in) throws Exception {
        Path ours = work.resolve("render-strata.svg");
        Path theirs = work.resolve("render-inferno.svg");
        strata(in, ours, List.of());
        timed(theirs, inferno.toString(), "--minwidth", "0.1", in.toString());
        try (Browser browser = Browser.start()) {
            System.out.println("Chromium load + first paint of the 1M-line SVG (median of " + reps + ", after one warm-up):");
            for (Path svg : List.of(ours, theirs)) {
                render(browser, svg);
                List<Double> ms = new ArrayList<>();
                long elements = 0;
                for (int i = 0; i < reps; i++) {
                    double[] r = render(browser, svg);
                    ms.add(r[0]);
                    elements = (long) r[1];
                }
                ms.sort(Double::compare);
                System.out.printf(Locale.ROOT, "  %-20s %8.0f ms  %7d elements  %7.0f KiB%n", svg.getFileName(),
                        ms.get(ms.size() / 2), elements, Files.size(svg) / 1024.0);
            }
        }
    }

    private static double[] render(Browser browser, Path svg) {
        browser.driver().get("about:blank");
        long t0 = System.nanoTime();
        browser.driver().get(svg.toUri().toString());
        Object count = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "requestAnimationFrame(function () { requestAnimationFrame(function () {"
                        + " done(document.getElementsByTagName('*').length); }); });");
        double ms = (System.nanoTime() - t0) / 1e6;
        return new double[]{ms, ((Number) count).doubleValue()};
    }

    private static Path tool(String name) {
        for (String dir : (System.getenv("PATH") + File.pathSeparator + System.getProperty("user.home") + "/.cargo/bin")
                .split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new IllegalStateException(name + " not found on PATH or in ~/.cargo/bin: install it with `cargo install inferno`");
    }
}
