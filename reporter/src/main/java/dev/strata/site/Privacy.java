package dev.strata.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.series.RunSummary;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a public site leaves out: host names (hosts get stable aliases), environment variables, user
 * names and home paths in commands, working directories and profiles, and user data not marked
 * public ({@code public} object or {@code public.*} keys). A private site shows everything.
 */
final class Privacy {

    private static final Pattern HOME = Pattern.compile("(/home|/Users|/var/home)/[^/\\s\"']+|(?<![\\w/])/root(?=/|\\b)");
    private static final Pattern WIN_HOME = Pattern.compile("(?i)[A-Z]:\\\\Users\\\\[^\\\\\\s\"']+");

    private final boolean on;
    private final Map<String, String> aliases = new HashMap<>();

    private Privacy(boolean on) {
        this.on = on;
    }

    static Privacy of(boolean publicSite, List<RunSummary> runs) {
        Privacy p = new Privacy(publicSite);
        if (publicSite) {
            runs.stream().filter(r -> r.hostId() != null)
                    .sorted(Comparator.comparingLong(RunSummary::startedAtMillis).thenComparing(RunSummary::path))
                    .forEach(r -> p.aliases.computeIfAbsent(r.hostId(), k -> "host-" + (p.aliases.size() + 1)));
        }
        return p;
    }

    boolean on() {
        return on;
    }

    /** The host as pages name it. */
    String host(String hostId) {
        if (hostId == null) {
            return "unknown host";
        }
        return on ? aliases.getOrDefault(hostId, "host") : hostId;
    }

    /** Null on a public site. */
    String hostname(String hostname) {
        return on ? null : hostname;
    }

    String text(String s) {
        if (!on || s == null) {
            return s;
        }
        return WIN_HOME.matcher(HOME.matcher(s).replaceAll("~")).replaceAll("~");
    }

    /** On a public site, only what the run marked public: the {@code public} object and {@code public.*} keys. */
    JsonNode userData(ObjectNode data) {
        if (data == null || !on) {
            return data;
        }
        ObjectNode out = data.objectNode();
        JsonNode pub = data.get("public");
        if (pub != null && pub.isObject()) {
            out.setAll((ObjectNode) pub);
        }
        data.fields().forEachRemaining(e -> {
            if (e.getKey().startsWith("public.") && e.getKey().length() > 7) {
                out.set(e.getKey().substring(7), e.getValue());
            }
        });
        return out.isEmpty() ? null : out;
    }
}
