package dev.strata.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Git's smart HTTP protocol as a hosting service speaks it: the real {@code git http-backend} behind
 * the JDK's HTTP server. Fetching is open to all; pushing needs the {@code Authorization} header given
 * here (as a CI token would be), else receive-pack answers 403 like a read-only token gets on GitHub.
 */
public final class GitHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final Path root;
    private final String authorization;

    public GitHttpServer(Path root, String authorization) throws IOException {
        this.root = root;
        this.authorization = authorization;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    /** The URL of the repository {@code name} under the root, e.g. {@code http://127.0.0.1:PORT/project.git}. */
    public String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            ProcessBuilder pb = new ProcessBuilder("git", "http-backend");
            Map<String, String> env = pb.environment();
            env.put("GIT_PROJECT_ROOT", root.toString());
            env.put("GIT_HTTP_EXPORT_ALL", "1");
            env.put("REQUEST_METHOD", ex.getRequestMethod());
            env.put("PATH_INFO", ex.getRequestURI().getRawPath());
            env.put("QUERY_STRING", ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery());
            env.put("CONTENT_LENGTH", Integer.toString(body.length));
            env.put("REMOTE_ADDR", "127.0.0.1");
            copyHeader(ex, "Content-Type", env, "CONTENT_TYPE");
            copyHeader(ex, "Content-Encoding", env, "HTTP_CONTENT_ENCODING");
            copyHeader(ex, "Git-Protocol", env, "GIT_PROTOCOL");
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (authorization != null && authorization.equals(auth)) {
                env.put("REMOTE_USER", "ci"); // http-backend enables receive-pack for an authenticated user
            }
            Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(body);
            }
            byte[] out = p.getInputStream().readAllBytes();
            waitFor(p);
            respond(ex, out);
        }
    }

    private static void copyHeader(HttpExchange ex, String header, Map<String, String> env, String var) {
        String v = ex.getRequestHeaders().getFirst(header);
        if (v != null) {
            env.put(var, v);
        }
    }

    /* CGI output: header lines (Status: among them), a blank line, the body. */
    private static void respond(HttpExchange ex, byte[] cgi) throws IOException {
        int split = indexOf(cgi, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        int skip = 4;
        if (split < 0) {
            split = indexOf(cgi, "\n\n".getBytes(StandardCharsets.ISO_8859_1));
            skip = 2;
        }
        int status = 200;
        if (split >= 0) {
            for (String line : new String(cgi, 0, split, StandardCharsets.ISO_8859_1).split("\r?\n")) {
                int c = line.indexOf(':');
                if (c <= 0) {
                    continue;
                }
                String name = line.substring(0, c).trim();
                String value = line.substring(c + 1).trim();
                if (name.equalsIgnoreCase("Status")) {
                    status = Integer.parseInt(value.split(" ")[0]);
                } else {
                    ex.getResponseHeaders().add(name, value);
                }
            }
        }
        int from = split < 0 ? 0 : split + skip;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(cgi, from, cgi.length - from);
        ex.sendResponseHeaders(status, body.size() == 0 ? -1 : body.size());
        if (body.size() > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                body.writeTo(os);
            }
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void waitFor(Process p) throws IOException {
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
