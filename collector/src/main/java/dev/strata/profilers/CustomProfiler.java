package dev.strata.profilers;

import dev.strata.flame.FoldedStacks;
import dev.strata.flame.FoldedWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A user's own profiler command, attached to the workload: {@code {pid}} becomes the workload's
 * PID and {@code {out}} the file it should write, run with {@code sh -c}. What it writes is read
 * as folded stacks or speedscope JSON, or kept as an opaque attachment.
 */
public final class CustomProfiler implements Profiler {

    public enum Format {
        FOLDED("folded"), SPEEDSCOPE("speedscope.json"), OPAQUE("bin");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        static Format parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("custom profiler format must be folded, speedscope or opaque, not '"
                        + s + "'");
            }
        }
    }

    private final String name;
    private final Format format;
    private final ProfileKind kind;
    private final String command;

    public CustomProfiler(String name, Format format, ProfileKind kind, String command) {
        if (!command.contains("{pid}") || !command.contains("{out}")) {
            throw new IllegalArgumentException("custom profiler '" + name + "': the command needs {pid} and {out},"
                    + " e.g. custom:" + name + "=mytool record -p {pid} -o {out}");
        }
        this.name = name;
        this.format = format;
        this.kind = kind;
        this.command = command;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ProfileKind kind() {
        return kind;
    }

    public Format format() {
        return format;
    }

    @Override
    public Availability availability(List<String> c) {
        String program = command.strip().split("\\s+")[0];
        if (!program.contains("/") && !program.startsWith("{") && Tools.onPath(program).isEmpty()) {
            return Availability.no("'" + program + "' (the command of custom profiler " + name + ") is not on PATH",
                    "install it or give its full path");
        }
        return Availability.yes();
    }

    @Override
    public Attached attach(long workloadPid, Path dir) {
        Path out = dir.resolve("out." + format.extension).toAbsolutePath();
        String cmd = command.replace("{pid}", Long.toString(workloadPid)).replace("{out}", quote(out.toString()));
        return ToolProcess.start(name, List.of("sh", "-c", cmd), dir.resolve("custom.log"));
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    @Override
    public ProfileOutput collect(Path dir) throws IOException {
        Path out = dir.resolve("out." + format.extension);
        if (!Files.isRegularFile(out) || Files.size(out) == 0) {
            throw new IOException("its command wrote nothing to {out}" + ToolProcess.lastLine(dir.resolve("custom.log")));
        }
        return switch (format) {
            case OPAQUE -> ProfileOutput.opaque(kind, out, "bin", null, List.of());
            case FOLDED -> ProfileOutput.folded(kind, out, null, null, List.of());
            case SPEEDSCOPE -> {
                FoldedStacks s;
                try (InputStream in = Files.newInputStream(out)) {
                    s = SpeedscopeToFolded.convert(in);
                }
                Path folded = dir.resolve("out.folded");
                try (OutputStream o = Files.newOutputStream(folded)) {
                    FoldedWriter.write(s, 0, o);
                }
                yield ProfileOutput.folded(kind, folded, null, null, List.of());
            }
        };
    }
}
