package dev.strata.run;

import dev.strata.measure.Execution;
import dev.strata.measure.Launch;
import dev.strata.measure.ProcessRunner;
import dev.strata.profilers.Attached;
import dev.strata.profilers.Availability;
import dev.strata.profilers.ProfileFiles;
import dev.strata.profilers.ProfileOutput;
import dev.strata.profilers.Profiler;
import dev.strata.record.Profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The execution part of a run: the launch, with the tree sampler (inside the runner) and the
 * requested profilers around the workload's PID. A profiler that cannot run, cannot attach or
 * fails to write leaves a warning; the workload's run goes on regardless.
 */
final class ProfiledExecution {

    /** How long an attached profiler may take to finish writing once the workload has ended. */
    static final Duration PROFILER_GRACE = Duration.ofSeconds(60);

    record Result(Execution execution, List<Profile> profiles, SortedMap<String, Path> attachments,
                  Set<Long> helperPids, List<String> warnings) {
    }

    private ProfiledExecution() {
    }

    static Result run(ProcessRunner runner, Launch launch, List<Profiler> requested, Path scratch,
                      Consumer<String> warn) throws IOException {
        List<String> warnings = new ArrayList<>();
        Consumer<String> note = w -> {
            warn.accept(w);
            warnings.add(w);
        };
        Map<Profiler, Path> active = new LinkedHashMap<>();
        for (Profiler p : requested) {
            Availability a = p.availability(launch.command());
            if (!a.usable()) {
                note.accept("profiler " + p.name() + " cannot run: " + a.message());
                continue;
            }
            Path dir = Files.createDirectories(scratch.resolve("profilers").resolve(p.name()));
            try {
                launch = p.wrap(launch, dir);
                active.put(p, dir);
            } catch (IOException | RuntimeException e) {
                note.accept("profiler " + p.name() + " could not wrap the launch: " + e.getMessage());
            }
        }
        Map<Profiler, Attached> attached = new LinkedHashMap<>();
        Set<Profiler> failed = new HashSet<>();
        Execution ex = runner.run(launch, pid -> {
            for (Map.Entry<Profiler, Path> e : active.entrySet()) {
                try {
                    attached.put(e.getKey(), e.getKey().attach(pid, e.getValue()));
                } catch (IOException | RuntimeException x) {
                    failed.add(e.getKey());
                    note.accept("profiler " + e.getKey().name() + " could not attach to pid " + pid + ": "
                            + x.getMessage());
                }
            }
        });
        Set<Long> helpers = new HashSet<>();
        for (Map.Entry<Profiler, Attached> e : attached.entrySet()) {
            Attached a = e.getValue();
            helpers.addAll(a.helperPids());
            for (String w : a.stop(PROFILER_GRACE)) {
                note.accept("profiler " + e.getKey().name() + ": " + w);
            }
            if (a.failed()) {
                failed.add(e.getKey());
            }
        }
        List<Profile> profiles = new ArrayList<>();
        SortedMap<String, Path> files = new TreeMap<>();
        Path out = Files.createDirectories(scratch.resolve("profile-files"));
        for (Map.Entry<Profiler, Path> e : active.entrySet()) {
            Profiler p = e.getKey();
            if (failed.contains(p) || ex.interruptedBy() != null) {
                continue;
            }
            List<ProfileOutput> outputs;
            try {
                outputs = p.collectAll(e.getValue());
            } catch (IOException | RuntimeException x) {
                note.accept("profiler " + p.name() + " wrote no profile: " + x.getMessage());
                continue;
            }
            for (ProfileOutput o : outputs) {
                String name = o.name() != null ? o.name() : p.name();
                try {
                    ProfileFiles.Written w = ProfileFiles.write(name, o, out);
                    profiles.add(w.profile());
                    files.putAll(w.files());
                    for (String pw : o.warnings()) {
                        warn.accept("profiler " + name + ": " + pw); // kept with its profile in the record
                    }
                } catch (IOException | RuntimeException x) {
                    note.accept("profiler " + name + " wrote no profile: " + x.getMessage());
                }
            }
        }
        return new Result(ex, profiles, files, helpers, warnings);
    }
}
