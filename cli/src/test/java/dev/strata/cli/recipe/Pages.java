package dev.strata.cli.recipe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * GitHub Pages for the test: what deploy-pages published, served over HTTP under the project's
 * sub-path ({@code /project/}) as a project site is, with every request's status remembered.
 */
final class Pages implements AutoCloseable {

    static final String SUB_PATH = "/project";

    private final HttpServer server;
    private final Path root;
    final Map<String, Integer> statuses = new ConcurrentHashMap<>();

    Pages(Path root) throws IOException {
        this.root = Files.createDirectories(root);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    /** The site's URL without a trailing slash, as actions/configure-pages gives base_url. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH;
    }

    /** The host's root, outside the project's sub-path. */
    String hostRoot() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Replaces the published site with {@code site}, as a deployment does. */
    synchronized void deploy(Path site) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.toList()) {
                Path to = root.resolve(site.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path file = null;
            if (path.startsWith(SUB_PATH + "/")) {
                String rel = path.substring(SUB_PATH.length() + 1);
                file = root.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel).normalize();
            }
            if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
                statuses.put(path, 404);
                ex.sendResponseHeaders(404, -1);
                return;
            }
            statuses.put(path, 200);
            ex.getResponseHeaders().add("Content-Type", type(file.getFileName().toString()));
            byte[] body = Files.readAllBytes(file);
            ex.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }

    private static String type(String name) {
        for (Map.Entry<String, String> e : List.of(Map.entry(".html", "text/html; charset=utf-8"),
                Map.entry(".css", "text/css"), Map.entry(".js", "text/javascript"), Map.entry(".svg", "image/svg+xml"),
                Map.entry(".csv", "text/csv"), Map.entry(".json", "application/json"))) {
            if (name.endsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return "application/octet-stream";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
