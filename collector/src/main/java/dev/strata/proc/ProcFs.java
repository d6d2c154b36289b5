package dev.strata.proc;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The bits of {@code /proc} the sampler reads; an interface so its logic is tested on fakes. */
public interface ProcFs {

    /** The file's content, or null when the process is gone or the file unreadable. */
    String read(long pid, String file);

    /** Like {@link #read}, for one-off reads (a scan of every process) that are not worth keeping open. */
    default String readOnce(long pid, String file) {
        return read(pid, file);
    }

    /** The process is gone: let go of whatever was kept for it. */
    default void forget(long pid) {
    }

    /** Every PID on the machine. */
    List<Long> pids();

    /** The real {@code /proc}. Not thread-safe: one per sampler. */
    static ProcFs linux() {
        return new Linux();
    }

    static boolean available() {
        return Files.isReadable(Path.of("/proc/self/stat"));
    }

    /**
     * Keeps the files of watched processes open and re-reads them at offset 0 (the kernel renders
     * them afresh), which costs one system call a file a tick instead of four. An open
     * {@code /proc/PID} file of a process that died fails to read even if the PID is reused.
     */
    final class Linux implements ProcFs {
        private static final Path PROC = Path.of("/proc");
        private final Map<String, FileChannel> open = new HashMap<>();
        private final ByteBuffer buf = ByteBuffer.allocate(16 * 1024);
        private final byte[] once = new byte[16 * 1024];

        @Override
        public String read(long pid, String file) {
            String key = pid + "/" + file;
            FileChannel ch = open.get(key);
            try {
                if (ch == null) {
                    ch = FileChannel.open(PROC.resolve(key));
                    open.put(key, ch);
                }
                buf.clear();
                long pos = 0;
                int n;
                while (buf.hasRemaining() && (n = ch.read(buf, pos)) > 0) {
                    pos += n;
                }
                return new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1);
            } catch (IOException | RuntimeException e) {
                close(key, ch);
                return null;
            }
        }

        @Override
        public String readOnce(long pid, String file) {
            try (FileInputStream in = new FileInputStream("/proc/" + pid + "/" + file)) {
                int len = 0;
                int n;
                while (len < once.length && (n = in.read(once, len, once.length - len)) > 0) {
                    len += n;
                }
                return new String(once, 0, len, StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public void forget(long pid) {
            String prefix = pid + "/";
            for (Iterator<Map.Entry<String, FileChannel>> it = open.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, FileChannel> e = it.next();
                if (e.getKey().startsWith(prefix)) {
                    try {
                        e.getValue().close();
                    } catch (IOException ignored) {
                        // closing a /proc file cannot lose anything
                    }
                    it.remove();
                }
            }
        }

        private void close(String key, FileChannel ch) {
            open.remove(key);
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // nothing to lose
                }
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
