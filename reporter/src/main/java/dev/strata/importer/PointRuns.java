package dev.strata.importer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.context.RecordRedactor;
import dev.strata.record.CustomMetric;
import dev.strata.record.GitInfo;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import dev.strata.record.Ulid;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An imported point as a run record: the value becomes the custom metric {@value #METRIC} with
 * its unit and direction, and {@code userData.imported} says where it came from and carries the
 * point's key. The key (and the run id derived from it) depends only on what identifies the
 * point, so importing the same history twice finds every point already there.
 */
public final class PointRuns {

    public static final String METRIC = "value";

    private PointRuns() {
    }

    /** What identifies a point: source, host, suite, series, parameters, commit and times. */
    public static String key(ImportedPoint p) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.source()).append('\0').append(p.host() == null ? "" : p.host().id()).append('\0')
                .append(p.suite() == null ? "" : p.suite()).append('\0').append(p.series()).append('\0');
        p.params().forEach((k, v) -> sb.append(k).append('=').append(v).append('\1'));
        sb.append('\0').append(p.commit()).append('\0').append(p.commitTime()).append('\0').append(p.runTime());
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The record of a point, through the same secret rules as a measured run: a history can carry a
     * token in a benchmark's parameters, a machine name or a repository URL. The point's key is a
     * digest, never a secret, but sits under a name the rules treat as one, so it is put back.
     */
    public static RunRecord toRecord(ImportedPoint p, String process, String key) {
        RunRecord r = RecordRedactor.redact(unredacted(p, process, key));
        ObjectNode user = r.userData().deepCopy();
        ((ObjectNode) user.get("imported")).put("key", key);
        RunRecord.Builder b = r.toBuilder();
        b.userData = user;
        return b.build();
    }

    private static RunRecord unredacted(ImportedPoint p, String process, String key) {
        RunRecord.Builder b = RunRecord.builder();
        long seed = ByteBuffer.wrap(HexFormat.of().parseHex(key), 0, 8).getLong();
        b.id = Ulid.next(p.startedAt(), new SplittableRandom(seed));
        b.process = process;
        b.suite = p.suite();
        b.description = ProcessNames.label(p.series(), p.params());
        b.language = p.language();
        if (!p.params().isEmpty()) {
            b.params = new LinkedHashMap<>(p.params());
        }
        b.startedAt = p.startedAt();
        b.status = RunStatus.OK;
        b.git = new GitInfo(p.commit(), null, null, null, null, p.commitTime(), p.repoUrl());
        b.host = p.host();
        b.customMetrics = Map.of(METRIC, new CustomMetric(p.value(), p.unit(), Directions.of(p.unit())));
        ObjectNode imported = JsonNodeFactory.instance.objectNode();
        imported.put("from", p.source());
        imported.put("file", p.file());
        imported.put("series", p.series());
        if (p.range() != null) {
            imported.put("range", p.range());
        }
        imported.put("key", key);
        ObjectNode user = JsonNodeFactory.instance.objectNode();
        user.set("imported", imported);
        b.userData = user;
        return b.build();
    }
}
