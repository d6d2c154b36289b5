package dev.strata.context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

/**
 * Runtime and library versions, asked of the runtimes themselves: Python's importlib.metadata (of
 * the interpreter the command uses), R's packageVersion, a jar's manifest, pkg-config for native
 * libraries. A library that is not installed is recorded as {@value #MISSING}, never an error.
 */
public final class LibraryProbe {

    public static final String MISSING = "missing";
    private static final String PY = String.join("\n",
            "import json, sys, platform",
            "from importlib import metadata",
            "out = {'runtime': platform.python_version(), 'libs': {}}",
            "for n in sys.argv[1:]:",
            "    try: out['libs'][n] = metadata.version(n)",
            "    except Exception: out['libs'][n] = None",
            "print(json.dumps(out))");
    private static final String R = String.join("\n",
            "a <- commandArgs(trailingOnly = TRUE)",
            "v <- vapply(a, function(p) tryCatch(as.character(utils::packageVersion(p)), error = function(e) ''), '')",
            "cat(paste0('runtime\\t', paste(R.version$major, R.version$minor, sep = '.'), '\\n'))",
            "for (i in seq_along(a)) cat(paste0(a[i], '\\t', v[i], '\\n'))");

    private LibraryProbe() {
    }

    public record Versions(Map<String, String> runtimes, Map<String, String> libraries, List<String> warnings) {
    }

    public static Versions probe(List<LibrarySpec> specs, List<String> command, Path cwd) {
        Map<String, String> runtimes = new TreeMap<>();
        Map<String, String> libs = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        for (LibrarySpec s : specs) {
            try {
                switch (s.language()) {
                    case PYTHON -> python(pythonOf(command), s.names(), cwd, runtimes, libs);
                    case R -> r(s.names(), cwd, runtimes, libs);
                    case JAVA -> java(s.names(), cwd, libs);
                    case NATIVE -> nativeLibs(s.names(), cwd, libs);
                }
            } catch (IOException | RuntimeException e) {
                warnings.add("cannot read " + s.language().name().toLowerCase(java.util.Locale.ROOT)
                        + " library versions: " + e.getMessage());
                for (String n : s.names()) {
                    libs.putIfAbsent(n, MISSING);
                }
            }
        }
        return new Versions(runtimes, libs, warnings);
    }

    /** The interpreter the command runs, when it is a Python; else {@code python3} on PATH. */
    static String pythonOf(List<String> command) {
        String p = command.isEmpty() ? "" : command.get(0);
        String base = p.substring(p.lastIndexOf('/') + 1);
        return base.matches("python[0-9.]*") ? p : "python3";
    }

    private static void python(String interpreter, List<String> names, Path cwd, Map<String, String> runtimes,
                               Map<String, String> libs) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(interpreter, "-c", PY));
        cmd.addAll(names);
        JsonNode out = new ObjectMapper().readTree(run(cmd, cwd)); // only here: a run without --libs never builds one
        runtimes.put("python", out.path("runtime").asText());
        Iterator<Map.Entry<String, JsonNode>> it = out.path("libs").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            libs.put(e.getKey(), e.getValue().isNull() ? MISSING : e.getValue().asText());
        }
    }

    private static void r(List<String> names, Path cwd, Map<String, String> runtimes, Map<String, String> libs)
            throws IOException {
        List<String> cmd = new ArrayList<>(List.of("Rscript", "--vanilla", "-e", R));
        cmd.addAll(names);
        for (String line : run(cmd, cwd).split("\n")) {
            String[] kv = line.split("\t", -1);
            if (kv.length != 2) {
                continue;
            }
            if (kv[0].equals("runtime")) {
                runtimes.put("R", kv[1]);
            } else {
                libs.put(kv[0], kv[1].isEmpty() ? MISSING : kv[1]);
            }
        }
    }

    private static void java(List<String> jars, Path cwd, Map<String, String> libs) {
        for (String j : jars) {
            Path p = cwd.resolve(j);
            String name = p.getFileName().toString().replaceFirst("\\.jar$", "");
            try (JarFile jar = new JarFile(p.toFile())) {
                var mf = jar.getManifest();
                String v = mf == null ? null : mf.getMainAttributes().getValue("Implementation-Version");
                if (v == null && mf != null) {
                    v = mf.getMainAttributes().getValue("Bundle-Version");
                }
                libs.put(name, v == null ? "unknown" : v);
            } catch (IOException e) {
                libs.put(name, MISSING);
            }
        }
    }

    private static void nativeLibs(List<String> names, Path cwd, Map<String, String> libs) throws IOException {
        for (String n : names) {
            String v;
            try {
                v = run(List.of("pkg-config", "--modversion", n), cwd).trim();
            } catch (IOException e) {
                v = "";
            }
            libs.put(n, v.isEmpty() ? MISSING : v);
        }
    }

    private static String run(List<String> cmd, Path cwd) throws IOException {
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(cmd.get(0) + " took over 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        if (p.exitValue() != 0) {
            throw new IOException(cmd.get(0) + " exited " + p.exitValue());
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
