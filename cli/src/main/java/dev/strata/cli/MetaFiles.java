package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.record.RunJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --meta-file}: JSON the user wants kept with the run (a TileDB stats dump, a config). */
final class MetaFiles {

    private MetaFiles() {
    }

    static void merge(ObjectNode userData, Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new Errors.UsageException("--meta-file " + file + ": cannot read the file");
        }
        JsonNode n;
        try {
            n = RunJson.mapper().readTree(file.toFile());
        } catch (IOException e) {
            String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new Errors.UsageException("--meta-file " + file + ": not valid JSON: " + why);
        }
        if (n == null || n.isMissingNode()) {
            throw new Errors.UsageException("--meta-file " + file + ": empty");
        }
        if (n.isObject()) {
            userData.setAll((ObjectNode) n);
        } else {
            userData.set(file.getFileName().toString().replaceFirst("\\.json$", ""), n);
        }
    }
}
