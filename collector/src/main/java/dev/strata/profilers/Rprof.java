package dev.strata.profilers;

import dev.strata.flame.FoldedStacks;
import dev.strata.flame.FoldedWriter;
import dev.strata.flame.Palette;
import dev.strata.measure.Launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * R's own sampling profiler, injected without touching the command: {@code R_PROFILE_USER} names
 * a start-up file of ours that first runs the user's own profile (the one R would have run: their
 * {@code R_PROFILE_USER}, else {@code ./.Rprofile}, else {@code ~/.Rprofile}), then starts
 * {@code Rprof} into a file per R process, stopped by a finalizer that runs when R exits however
 * it exits (a user's {@code .Last} would replace ours). Besides R's time it gives where R's heap
 * grew, as a second, memory profile ({@code rprof-memory}). Option {@code interval=SECONDS}
 * (default 0.01).
 */
public final class Rprof implements Profiler {

    static final String NAME = "rprof";
    static final String USER_PROFILE_VAR = "STRATA_USER_R_PROFILE";

    private final double intervalSeconds;

    public Rprof(double intervalSeconds) {
        if (!(intervalSeconds >= 0.001 && intervalSeconds <= 10)) {
            throw new IllegalArgumentException("rprof interval must be 0.001 to 10 seconds, not " + intervalSeconds);
        }
        this.intervalSeconds = intervalSeconds;
    }

    public static Rprof defaults() {
        return new Rprof(0.01);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProfileKind kind() {
        return ProfileKind.CPU;
    }

    @Override
    public Availability availability(List<String> command) {
        if (Tools.onPath("Rscript").isEmpty() && Tools.onPath("R").isEmpty()) {
            return Availability.no("R is not installed (neither Rscript nor R on PATH)",
                    "apt-get install r-base-core");
        }
        for (String a : command) {
            if (a.equals("--vanilla") || a.equals("--no-init-file")) {
                return Availability.no("the command runs R with " + a + ", which skips R_PROFILE_USER where Rprof is"
                        + " started", "drop " + a + " (--no-save --no-restore --no-site-file --no-environ keep it)");
            }
        }
        return Availability.yes();
    }

    @Override
    public Launch wrap(Launch launch, Path dir) throws IOException {
        Path profile = dir.resolve("strata-rprofile.R").toAbsolutePath();
        Files.writeString(profile, startup(dir.toAbsolutePath()), StandardCharsets.UTF_8);
        String previous = launch.extraEnv().containsKey("R_PROFILE_USER") ? launch.extraEnv().get("R_PROFILE_USER")
                : System.getenv("R_PROFILE_USER");
        Launch l = launch.withEnv("R_PROFILE_USER", profile.toString());
        return l.withEnv(USER_PROFILE_VAR, previous == null ? "" : previous);
    }

    /** The start-up file: the user's profile first, then the profiler. */
    String startup(Path dir) {
        return String.format(Locale.ROOT, """
                # written by strata for --profile rprof: runs your own R profile, then starts Rprof
                local({
                  user <- Sys.getenv("%s")
                  if (!nzchar(user)) user <- if (file.exists(".Rprofile")) ".Rprofile" else path.expand("~/.Rprofile")
                  if (file.exists(user)) source(user, local = globalenv())
                })
                local({
                  out <- file.path("%s", paste0("rprof-", Sys.getpid(), ".out"))
                  utils::Rprof(out, interval = %s, memory.profiling = TRUE)
                  guard <- new.env()
                  reg.finalizer(guard, function(e) utils::Rprof(NULL), onexit = TRUE)
                  # kept reachable until R exits, where nothing the user clears can reach it
                  options(strata.rprof.guard = guard)
                })
                """, USER_PROFILE_VAR, rString(dir.toString()), Double.toString(intervalSeconds));
    }

    private static String rString(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public ProfileOutput collect(Path dir) throws IOException {
        return collectAll(dir).get(0);
    }

    /** R time, and where R's heap grew (a memory profile named {@code rprof-memory}). */
    @Override
    public List<ProfileOutput> collectAll(Path dir) throws IOException {
        List<Path> outs;
        try (Stream<Path> s = Files.list(dir)) {
            outs = s.filter(p -> p.getFileName().toString().matches("rprof-\\d+\\.out"))
                    .sorted(java.util.Comparator.comparingLong(Rprof::pidOf)).toList();
        }
        if (outs.isEmpty()) {
            throw new IOException("R wrote no Rprof output: did the command run R (Rscript, R) without"
                    + " --vanilla or --no-init-file?");
        }
        FoldedStacks all = new FoldedStacks(1);
        FoldedStacks memory = new FoldedStacks(1);
        for (Path p : outs) {
            String process = outs.size() > 1 ? "R " + pidOf(p) : null;
            try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.ISO_8859_1)) {
                merge(RprofToFolded.convert(in), all, process);
            }
            try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.ISO_8859_1)) {
                merge(RprofToFolded.convertMemory(in), memory, process);
            }
        }
        Long pid = pidOf(outs.get(0)); // the first R process: the workload itself, or the first it started
        List<Long> pids = outs.stream().map(Rprof::pidOf).toList();
        List<ProfileOutput> result = new java.util.ArrayList<>();
        result.add(new ProfileOutput(ProfileKind.CPU, write(all, dir.resolve("rprof.folded")), null, null,
                Math.round(all.totalSamples(0)), pid, Palette.R, List.of()).withTargetPids(pids));
        if (memory.totalSamples(0) > 0) {
            result.add(new ProfileOutput(ProfileKind.MEMORY, write(memory, dir.resolve("rprof-memory.folded")), null,
                    null, Math.round(memory.totalSamples(0)), pid, Palette.MEMORY, List.of(), NAME + "-memory")
                    .withTargetPids(pids));
        }
        return result;
    }

    private static Path write(FoldedStacks stacks, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            FoldedWriter.write(stacks, 0, out);
        }
        return file;
    }

    private static Long pidOf(Path p) {
        String n = p.getFileName().toString();
        return Long.parseLong(n.substring("rprof-".length(), n.length() - ".out".length()));
    }

    /** Adds every stack of {@code from} to {@code to}, under a process frame when several R processes ran. */
    static void merge(FoldedStacks from, FoldedStacks to, String processFrame) {
        int n = from.nodeCount();
        for (int node = 1; node < n; node++) {
            double self = from.selfSamples(0, node);
            if (self <= 0) {
                continue;
            }
            java.util.LinkedList<String> stack = new java.util.LinkedList<>();
            for (int x = node; x != 0; x = from.parent(x)) {
                stack.addFirst(from.frameName(x));
            }
            if (processFrame != null) {
                stack.addFirst(processFrame);
            }
            to.add(0, stack, self);
        }
    }
}
