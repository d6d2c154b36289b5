package dev.strata.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The bits of {@code /proc} the sampler reads; an interface so its logic is tested on fakes. */
public interface ProcFs {

    /** The file's content, or null when the process is gone or the file unreadable. */
    String read(long pid, String file);

    /** Every PID on the machine. */
    List<Long> pids();

    /** The real {@code /proc}. */
    static ProcFs linux() {
        return Linux.INSTANCE;
    }

    static boolean available() {
        return Files.isReadable(Path.of("/proc/self/stat"));
    }

    final class Linux implements ProcFs {
        static final Linux INSTANCE = new Linux();
        private static final Path PROC = Path.of("/proc");

        @Override
        public String read(long pid, String file) {
            try {
                return new String(Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve(file)),
                        StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        @Override
        public List<Long> pids() {
            List<Long> out = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(PROC)) {
                for (Path p : ds) {
                    String n = p.getFileName().toString();
                    if (!n.isEmpty() && Character.isDigit(n.charAt(0))) {
                        try {
                            out.add(Long.parseLong(n));
                        } catch (NumberFormatException ignored) {
                            // not a process
                        }
                    }
                }
            } catch (IOException e) {
                return out;
            }
            return out;
        }
    }
}
