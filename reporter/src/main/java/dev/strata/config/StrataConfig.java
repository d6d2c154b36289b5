package dev.strata.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.strata.detect.Detector;
import dev.strata.detect.Filter;
import dev.strata.detect.Methods;
import dev.strata.detect.Thresholds;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The settings of {@code strata.yaml} at the root of a results store, so every reader of the store
 * (CI gate, site, a laptop) judges changes alike:
 *
 * <pre>
 * thresholds:            # smallest relative change that counts: per class or per metric
 *   time: 5%
 *   memory: 2%
 *   wallSeconds: 10%
 * detect:
 *   method: step-fit     # step-fit | e-divisive | z-score | ratio-to-previous
 *   confidence: 0.99999  # rank test of a step reported on its own
 *   persistence: 12      # points a new level must hold to be flagged (fewer: "possible")
 * check:
 *   alpha: 0.05          # significance of the rank test of the release gate
 * </pre>
 *
 * @param thresholds threshold per key (class name or metric name), as fractions
 */
public record StrataConfig(Map<String, Double> thresholds, String method, Double confidence, Integer persistence,
                           Double alpha) {

    public static final String FILE = "strata.yaml";
    public static final double DEFAULT_ALPHA = 0.05;
    public static final StrataConfig EMPTY = new StrataConfig(Map.of(), null, null, null, null);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public StrataConfig {
        thresholds = Map.copyOf(thresholds);
    }

    /**
     * Parses the file's bytes; {@code where} names it in errors.
     *
     * @throws IllegalArgumentException with what and where when the file is not a valid configuration
     */
    public static StrataConfig parse(byte[] yaml, String where) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException(where + ": not valid YAML: " + msg);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return EMPTY;
        }
        requireObject(root, where);
        onlyKeys(root, Set.of("thresholds", "detect", "check"), where);
        Map<String, Double> th = new LinkedHashMap<>();
        JsonNode t = root.path("thresholds");
        if (!t.isMissingNode()) {
            requireObject(t, where + ": thresholds");
            for (Map.Entry<String, JsonNode> e : t.properties()) {
                th.put(e.getKey(), Thresholds.parse(e.getValue().asText(), where + ": thresholds." + e.getKey()));
            }
        }
        JsonNode d = root.path("detect");
        String method = null;
        Double confidence = null;
        Integer persistence = null;
        if (!d.isMissingNode()) {
            requireObject(d, where + ": detect");
            onlyKeys(d, Set.of("method", "confidence", "persistence"), where + ": detect");
            if (d.has("method")) {
                method = d.get("method").asText();
                Methods.byName(method);
            }
            confidence = probability(d, "confidence", where + ": detect.confidence");
            if (d.has("persistence")) {
                JsonNode p = d.get("persistence");
                if (!p.isInt() || p.asInt() < 1 || p.asInt() > 1000) {
                    throw new IllegalArgumentException(where + ": detect.persistence: expected a number of points"
                            + " from 1 to 1000, got '" + p.asText() + "'");
                }
                persistence = p.asInt();
            }
        }
        JsonNode c = root.path("check");
        Double alpha = null;
        if (!c.isMissingNode()) {
            requireObject(c, where + ": check");
            onlyKeys(c, Set.of("alpha"), where + ": check");
            alpha = probability(c, "alpha", where + ": check.alpha");
        }
        return new StrataConfig(th, method, confidence, persistence, alpha);
    }

    /** The thresholds: defaults, then this file's, then {@code overrides} (e.g. the command line). */
    public Thresholds thresholds(Map<String, Double> overrides) {
        Thresholds t = Thresholds.defaults();
        thresholds.forEach(t::set);
        overrides.forEach(t::set);
        return t;
    }

    /** The detector, with the same thresholds {@code strata check} judges by ({@link #thresholds}). */
    public Detector detector(Map<String, Double> thresholdOverrides) {
        Filter f = Methods.standardFilter();
        f = confidence != null ? f.withConfidence(confidence) : f;
        f = persistence != null ? f.withPersistence(persistence) : f;
        return new Detector(method != null ? Methods.byName(method) : Methods.standard(),
                thresholds(thresholdOverrides), f);
    }

    public double alphaOrDefault() {
        return alpha != null ? alpha : DEFAULT_ALPHA;
    }

    private static Double probability(JsonNode parent, String key, String where) {
        if (!parent.has(key)) {
            return null;
        }
        JsonNode v = parent.get(key);
        if (!v.isNumber() || v.asDouble() <= 0 || v.asDouble() >= 1) {
            throw new IllegalArgumentException(where + ": expected a number between 0 and 1, got '" + v.asText() + "'");
        }
        return v.asDouble();
    }

    private static void requireObject(JsonNode n, String where) {
        if (!n.isObject()) {
            throw new IllegalArgumentException(where + ": expected a mapping of keys to values");
        }
    }

    private static void onlyKeys(JsonNode n, Set<String> allowed, String where) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(where + ": unknown key '" + k + "' (known: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

}
