package dev.strata.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a command's output goes: stdout, or a file that appears whole or not at all (written
 * beside it under a temporary name, then moved into place).
 */
final class OutputTarget {

    interface Body {
        void write(Writer out) throws IOException;
    }

    private OutputTarget() {
    }

    static void write(Path file, PrintWriter stdout, Body body) throws IOException {
        if (file == null || file.toString().equals("-")) {
            Writer w = new BufferedWriter(stdout, 1 << 16);
            body.write(w);
            w.flush();
            return;
        }
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".part");
        try {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp),
                    StandardCharsets.UTF_8), 1 << 16)) {
                body.write(w);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
