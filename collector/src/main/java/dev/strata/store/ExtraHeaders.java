package dev.strata.store;

import org.eclipse.jgit.lib.Config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * git's {@code http.extraHeader} and {@code http.<url>.extraHeader}, which JGit does not read itself.
 * CI checkouts put their token there (actions/checkout does), so a push from strata authenticates
 * exactly as a push from git would.
 */
final class ExtraHeaders {

    private ExtraHeaders() {
    }

    static Map<String, String> forUrl(Config config, String url) {
        Map<String, String> out = new LinkedHashMap<>();
        add(out, config.getStringList("http", null, "extraheader"));
        String best = null;
        for (String sub : config.getSubsections("http")) {
            if (url.startsWith(sub) && (best == null || sub.length() > best.length())) {
                best = sub;
            }
        }
        if (best != null) {
            add(out, config.getStringList("http", best, "extraheader"));
        }
        return out;
    }

    private static void add(Map<String, String> out, String[] lines) {
        for (String line : List.of(lines)) {
            int colon = line.indexOf(':');
            if (line.isBlank()) {
                out.clear(); // an empty value resets the list, as in git
            } else if (colon > 0) {
                out.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
    }
}
