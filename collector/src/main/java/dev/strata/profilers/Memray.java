package dev.strata.profilers;

import dev.strata.measure.Launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Python memory with memray: the interpreter is started as {@code python -m memray run} (memray
 * must be there when the program starts), and afterwards the allocations live at the peak
 * become a memory flamegraph in bytes. The command must start Python directly
 * ({@code python script.py}, {@code python -m module}, {@code python -c code}). Option
 * {@code native} adds native frames.
 */
public final class Memray implements Profiler {

    static final String NAME = "memray";

    private final boolean nativeFrames;

    public Memray(boolean nativeFrames) {
        this.nativeFrames = nativeFrames;
    }

    public static Memray defaults() {
        return new Memray(false);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProfileKind kind() {
        return ProfileKind.MEMORY;
    }

    @Override
    public Availability availability(List<String> command) {
        if (command.isEmpty()) {
            return Tools.onPath("python3").isPresent() ? Availability.yes()
                    : Availability.no("python3 is not on PATH", "install Python 3 and python3 -m pip install memray");
        }
        String program = Path.of(command.get(0)).getFileName().toString();
        if (!PythonProcess.isInterpreterName(program)) {
            return Availability.no("the command does not start Python itself (" + program + "): memray has to start"
                    + " the interpreter", "run it as `python3 script.py ...`, or use heaptrack for native programs");
        }
        if (command.size() < 2 || command.get(1).startsWith("-") && !List.of("-m", "-c").contains(command.get(1))) {
            return Availability.no("memray runs `python SCRIPT`, `python -m MODULE` or `python -c CODE`, not python"
                    + " with option " + (command.size() < 2 ? "(none)" : command.get(1)), "move interpreter options"
                    + " into PYTHON* variables (e.g. PYTHONUNBUFFERED=1 for -u)");
        }
        if (!hasMemray(command.get(0))) {
            return Availability.no("memray is not installed for " + command.get(0),
                    command.get(0) + " -m pip install memray");
        }
        return Availability.yes();
    }

    private static boolean hasMemray(String python) {
        try {
            Process p = new ProcessBuilder(python, "-c", "import memray").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public Launch wrap(Launch launch, Path dir) throws IOException {
        List<String> c = launch.command();
        List<String> argv = new ArrayList<>(List.of(c.get(0), "-m", "memray", "run", "--quiet", "--force",
                "--output", dir.resolve("memray.bin").toAbsolutePath().toString()));
        if (nativeFrames) {
            argv.add("--native");
        }
        argv.addAll(c.subList(1, c.size()));
        try (InputStream script = Memray.class.getResourceAsStream("memray_peak.py")) {
            Files.copy(script, dir.resolve("memray_peak.py"));
        }
        Files.writeString(dir.resolve("python"), c.get(0));
        return launch.withCommand(argv);
    }

    @Override
    public ProfileOutput collect(Path dir) throws IOException {
        Path capture = dir.resolve("memray.bin").toAbsolutePath();
        if (!Files.isRegularFile(capture)) {
            throw new IOException("memray wrote no capture (did the program start?)");
        }
        Path folded = dir.resolve("memray.folded").toAbsolutePath();
        String python = Files.readString(dir.resolve("python"));
        Tools.runToEnd("memray's reader", List.of(python, dir.resolve("memray_peak.py").toAbsolutePath().toString(),
                capture.toString(), folded.toString()), dir.resolve("memray-peak.log"), 600);
        return ProfileOutput.folded(ProfileKind.MEMORY, folded, null, null, List.of());
    }
}
