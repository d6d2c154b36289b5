package dev.strata.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The launcher's training run for the class archive (AppCDS, or the AOT cache of JDK 24+): in one
 * JVM, the commands whose start-up matters most, so the archive holds their classes. A recorded
 * run of {@code true} into a scratch store, and a flamegraph of a few folded lines. Run in an
 * empty scratch folder: {@code java -cp strata.jar dev.strata.cli.ArchiveTraining}.
 */
public final class ArchiveTraining {

    private ArchiveTraining() {
    }

    public static void main(String[] args) throws Exception {
        PrintWriter sink = new PrintWriter(new StringWriter());
        Path dir = Path.of("").toAbsolutePath();
        int run = Main.run(sink, sink, "run", "--store", dir.resolve("store").toString(), "--name", "train", "--", "true");
        Path folded = dir.resolve("train.folded");
        Files.writeString(folded, "main;parse;read 30\nmain;parse 5\nmain;render;layout 20\nmain;render;write 10\n",
                StandardCharsets.UTF_8);
        int flame = Main.run(sink, sink, "flamegraph", folded.toString(), "-o", dir.resolve("train.svg").toString());
        System.exit(run == 0 && flame == 0 ? 0 : 1);
    }
}
