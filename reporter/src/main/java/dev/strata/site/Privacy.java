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
    /** Host ids and host names as they may appear inside free text, each with the alias that replaces it. */
    private final Map<String, String> hostWords = new HashMap<>();
    private Pattern hostWordPattern;

    private Privacy(boolean on) {
        this.on = on;
    }

    static Privacy of(boolean publicSite, List<RunSummary> runs) {
        Privacy p = new Privacy(publicSite);
        if (publicSite) {
            runs.stream().filter(r -> r.hostId() != null)
                    .sorted(Comparator.comparingLong(RunSummary::startedAtMillis).thenComparing(RunSummary::path))
                    .forEach(r -> p.aliases.computeIfAbsent(r.hostId(), k -> "host-" + (p.aliases.size() + 1)));
            for (RunSummary r : runs) {
                String alias = p.host(r.hostId());
                for (String word : new String[] {r.hostId(), r.hostname(),
                        r.hostname() == null ? null : r.hostname().replaceFirst("\\..*", "")}) {
                    // a name too short to be told from an ordinary word stays: it identifies no one
                    if (word != null && word.length() >= 3) {
                        p.hostWords.putIfAbsent(word, alias);
                    }
                }
            }
            if (!p.hostWords.isEmpty()) {
                p.hostWordPattern = Pattern.compile("(?<![A-Za-z0-9_.-])(" + p.hostWords.keySet().stream()
                        .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                        .collect(java.util.stream.Collectors.joining("|")) + ")(?![A-Za-z0-9_-])");
            }
        }
        return p;
    }

    boolean on() {
        return on;
    }

    /** What this privacy does to any page, as text: a page's digest includes it (a new host can rename words). */
    String fingerprint() {
        return on ? new java.util.TreeMap<>(aliases) + "|" + new java.util.TreeMap<>(hostWords) : "private";
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
        String out = WIN_HOME.matcher(HOME.matcher(s).replaceAll("~")).replaceAll("~");
        return hostWordPattern == null ? out
                : hostWordPattern.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(hostWords.get(m.group(1))));
    }

    /** A text file (folded stacks, an SVG) with {@link #text} applied; as is on a private site. */
    byte[] bytes(byte[] utf8) {
        if (!on || utf8 == null) {
            return utf8;
        }
        String s = new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
        return text(s).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A run summary as a public site's downloads show it: the host by its alias, no host name, redacted texts. */
    RunSummary summary(RunSummary r) {
        if (!on || r == null) {
            return r;
        }
        boolean hasHost = r.hostId() != null || r.hostname() != null || r.os() != null || r.arch() != null
                || r.cpuModel() != null || r.logicalCores() != null || r.memoryBytes() != null;
        return r.withVisible(text(r.description()), text(r.branch()), text(r.describe()),
                hasHost ? host(r.hostId()) : null, null);
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
