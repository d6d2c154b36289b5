package dev.strata.context;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The variables that change how scientific code performs (threads, allocators, library knobs),
 * plus those the user names with {@code --env-var}; values redacted when they look secret.
 */
public final class EnvironmentVariables {

    static final List<String> ALLOWED = List.of("OMP_NUM_THREADS", "OMP_PROC_BIND", "OMP_PLACES", "MKL_NUM_THREADS",
            "OPENBLAS_NUM_THREADS", "OPENBLAS_CORETYPE", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS",
            "NUMBA_NUM_THREADS", "BLIS_NUM_THREADS", "RAYON_NUM_THREADS", "TBB_NUM_THREADS", "GOMAXPROCS",
            "MALLOC_ARENA_MAX", "MALLOC_CONF", "LD_PRELOAD", "PYTHONHASHSEED", "PYTHONOPTIMIZE", "PYTHONMALLOC",
            "CUDA_VISIBLE_DEVICES", "JAVA_TOOL_OPTIONS", "R_MAX_VSIZE", "R_DEFAULT_PACKAGES", "LANG", "LC_ALL", "TZ",
            "STRATA_HOST_ID");
    static final List<String> ALLOWED_PREFIXES = List.of("TILEDB_", "SOMA_", "AWS_REGION", "AWS_DEFAULT_REGION");

    private EnvironmentVariables() {
    }

    public static Map<String, String> capture(Map<String, String> env, Collection<String> extraNames) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : env.entrySet()) {
            String k = e.getKey();
            if (ALLOWED.contains(k) || extraNames.contains(k)
                    || ALLOWED_PREFIXES.stream().anyMatch(k::startsWith)) {
                out.put(k, Redactor.redactVariable(k, e.getValue()));
            }
        }
        return out;
    }
}
