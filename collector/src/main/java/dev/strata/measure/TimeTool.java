package dev.strata.measure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The system's {@code time} and how to read it: GNU time on Linux ({@code -f FORMAT -o FILE}), BSD
 * time on macOS and the BSDs ({@code -l -o FILE}, the rusage fields one a line). Both write their
 * report to a file of ours, so it never mixes with the workload's output.
 */
public interface TimeTool {

    Path binary();

    /** For messages: GNU time or BSD time. */
    String name();

    /** The arguments that go before the workload's command. */
    List<String> arguments(Path report);

    /** @param exitCode time's own exit code (BSD time passes the workload's on; GNU time writes it in the report) */
    TimeReport parse(String report, int exitCode);

    default boolean available() {
        return binary() != null && Files.isExecutable(binary());
    }

    /** The flavour of {@code binary} on this operating system. */
    static TimeTool forSystem(Path binary, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean bsd = os.contains("mac") || os.contains("darwin") || os.contains("bsd");
        return bsd ? new Bsd(binary) : new Gnu(binary);
    }

    record Gnu(Path binary) implements TimeTool {
        @Override
        public String name() {
            return "GNU time";
        }

        @Override
        public List<String> arguments(Path report) {
            return List.of(binary.toString(), "-f", GnuTimeParser.FORMAT, "-o", report.toString(), "--");
        }

        @Override
        public TimeReport parse(String report, int exitCode) {
            return GnuTimeParser.parse(report);
        }
    }

    record Bsd(Path binary) implements TimeTool {
        @Override
        public String name() {
            return "BSD time";
        }

        @Override
        public List<String> arguments(Path report) {
            return List.of(binary.toString(), "-l", "-o", report.toString(), "--");
        }

        @Override
        public TimeReport parse(String report, int exitCode) {
            return BsdTimeParser.parse(report, exitCode);
        }
    }
}
