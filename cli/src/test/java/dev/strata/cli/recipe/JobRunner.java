package dev.strata.cli.recipe;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one job of a workflow on this machine as a GitHub-hosted runner would: each {@code run:} step
 * in bash with the runner's files ($GITHUB_OUTPUT, $GITHUB_ENV, $GITHUB_PATH, $GITHUB_STEP_SUMMARY),
 * {@code if:}, {@code env:} and {@code continue-on-error:} honoured, and the strata action's composite
 * steps expanded from action.yml. The third-party actions stand for what they do: checkout clones the
 * event's commit from the repository standing for GitHub, the Pages actions hand the site to {@link Event#pages()}.
 */
final class JobRunner {

    /** What a job did: whether it failed, each step's exit code by name, its outputs, summary and log. */
    record Result(boolean failed, Map<String, Integer> exitCodes, String summary, List<String> comments, String log) {
    }

    private final Event event;
    private final Path actionHome;
    private final Map<String, String> workflowEnv;
    private final Map<String, String> matrix;
    private final Path workspace;
    private final Path temp;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> path = new ArrayList<>();
    private final Map<String, Map<String, String>> stepOutputs = new HashMap<>();
    private final Map<String, Integer> exitCodes = new LinkedHashMap<>();
    private final List<String> comments = new ArrayList<>();
    private final StringBuilder log = new StringBuilder();
    private Path pagesArtifact;
    private boolean failed;

    JobRunner(Event event, Path actionHome, Map<String, String> workflowEnv, Map<String, String> matrix, Path jobDir)
            throws IOException {
        this.event = event;
        this.actionHome = actionHome;
        this.workflowEnv = workflowEnv;
        this.matrix = matrix;
        this.workspace = Files.createDirectories(jobDir.resolve("work"));
        this.temp = Files.createDirectories(jobDir.resolve("runner-temp"));
        Files.writeString(temp.resolve("summary.md"), "");
    }

    Result run(JsonNode job) throws Exception {
        Expressions top = expressions(Map.of());
        for (Map.Entry<String, String> e : workflowEnv.entrySet()) {
            env.put(e.getKey(), top.interpolate(e.getValue()));
        }
        for (Map.Entry<String, String> e : Workflow.strings(job.path("env")).entrySet()) {
            env.put(e.getKey(), top.interpolate(e.getValue()));
        }
        for (JsonNode step : job.path("steps")) {
            step(step, Map.of(), stepOutputs);
        }
        String summary = Files.readString(temp.resolve("summary.md"));
        return new Result(failed, exitCodes, summary, comments, log.toString());
    }

    /** @param inputs the {@code inputs} context inside a composite action, empty outside */
    private void step(JsonNode step, Map<String, String> inputs, Map<String, Map<String, String>> outputs) throws Exception {
        Expressions ex = expressions(inputs, outputs);
        String name = step.has("name") ? ex.interpolate(step.get("name").asText())
                : step.has("uses") ? step.get("uses").asText() : "run";
        if (!ex.condition(step.path("if").asText(null))) {
            log.append("-- skipped: ").append(name).append('\n');
            return;
        }
        Map<String, String> stepEnv = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : Workflow.strings(step.path("env")).entrySet()) {
            stepEnv.put(e.getKey(), ex.interpolate(e.getValue()));
        }
        Map<String, String> with = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : Workflow.strings(step.path("with")).entrySet()) {
            with.put(e.getKey(), ex.interpolate(e.getValue()));
        }
        log.append("-- step: ").append(name).append('\n');
        Map<String, String> produced = new LinkedHashMap<>();
        int code = step.has("run") ? shell(ex.interpolate(step.get("run").asText()), stepEnv, inputs, produced)
                : uses(step.get("uses").asText(), with, stepEnv, produced);
        exitCodes.put(name, code);
        if (step.has("id")) {
            outputs.put(step.get("id").asText(), produced);
        }
        if (code != 0 && !step.path("continue-on-error").asBoolean(false)) {
            failed = true;
        }
    }

    private int shell(String script, Map<String, String> stepEnv, Map<String, String> inputs, Map<String, String> produced)
            throws Exception {
        Path file = Files.createTempFile(temp, "step-", ".sh");
        Files.writeString(file, script);
        Path output = Files.writeString(Files.createTempFile(temp, "output-", ""), "");
        Path envFile = Files.writeString(Files.createTempFile(temp, "env-", ""), "");
        Path pathFile = Files.writeString(Files.createTempFile(temp, "path-", ""), "");
        ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", file.toString())
                .directory(workspace.toFile()).redirectErrorStream(true);
        Map<String, String> e = pb.environment();
        e.putAll(event.runnerEnv());
        e.put("GITHUB_WORKSPACE", workspace.toString());
        e.put("RUNNER_TEMP", temp.toString());
        e.put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        e.put("GITHUB_OUTPUT", output.toString());
        e.put("GITHUB_ENV", envFile.toString());
        e.put("GITHUB_PATH", pathFile.toString());
        e.put("GITHUB_STEP_SUMMARY", temp.resolve("summary.md").toString());
        if (!inputs.isEmpty()) {
            e.put("GITHUB_ACTION_PATH", actionHome.toString());
        }
        e.putAll(env);
        e.putAll(stepEnv);
        if (!path.isEmpty()) {
            e.put("PATH", String.join(":", path) + ":" + e.get("PATH"));
        }
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("step hung:\n" + script);
        }
        log.append(new String(out, StandardCharsets.UTF_8));
        produced.putAll(keyValues(Files.readString(output)));
        env.putAll(keyValues(Files.readString(envFile)));
        Files.readAllLines(pathFile).stream().filter(l -> !l.isBlank()).forEach(l -> path.add(0, l.trim()));
        log.append("-- exit ").append(p.exitValue()).append('\n');
        return p.exitValue();
    }

    /* NAME=value lines, and NAME<<DELIM ... DELIM blocks, as the runner reads its files. */
    static Map<String, String> keyValues(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            int heredoc = l.indexOf("<<");
            int eq = l.indexOf('=');
            if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
                String delim = l.substring(heredoc + 2);
                StringBuilder v = new StringBuilder();
                while (++i < lines.length && !lines[i].equals(delim)) {
                    v.append(v.length() == 0 ? "" : "\n").append(lines[i]);
                }
                out.put(l.substring(0, heredoc), v.toString());
            } else if (eq > 0) {
                out.put(l.substring(0, eq), l.substring(eq + 1));
            }
        }
        return out;
    }

    private int uses(String action, Map<String, String> with, Map<String, String> stepEnv, Map<String, String> produced)
            throws Exception {
        String name = action.contains("@") ? action.substring(0, action.indexOf('@')) : action;
        switch (name) {
            case "actions/checkout" -> {
                return event.checkout(workspace, with.getOrDefault("fetch-depth", "1"), log);
            }
            case "actions/setup-python", "r-lib/actions/setup-r", "actions/setup-java" -> {
                return event.requireToolFor(name, log);
            }
            case "actions/configure-pages" -> {
                produced.put("base_url", event.pages().baseUrl());
                return 0;
            }
            case "actions/upload-pages-artifact" -> {
                pagesArtifact = workspace.resolve(with.getOrDefault("path", "_site"));
                return Files.isRegularFile(pagesArtifact.resolve("index.html")) ? 0 : fail("no site at " + pagesArtifact);
            }
            case "actions/deploy-pages" -> {
                if (pagesArtifact == null) {
                    return fail("deploy-pages without upload-pages-artifact before it");
                }
                event.pages().deploy(pagesArtifact);
                produced.put("page_url", event.pages().baseUrl() + "/");
                return 0;
            }
            case "actions/github-script" -> {
                return comment(with.getOrDefault("script", ""), stepEnv);
            }
            default -> {
                if (name.equals(".") || name.equals("./") || name.endsWith("/strata")) {
                    return composite(with, produced);
                }
                return fail("the recipe runner does not know the action " + action);
            }
        }
    }

    /* The comment a github-script step would post: the file its script reads from an environment variable. */
    private int comment(String script, Map<String, String> stepEnv) throws IOException {
        Matcher m = Pattern.compile("readFileSync\\(process\\.env\\.(\\w+)").matcher(script);
        if (!m.find() || stepEnv.get(m.group(1)) == null || !Files.isRegularFile(Path.of(stepEnv.get(m.group(1))))) {
            return fail("the comment step names no file to post");
        }
        comments.add(Files.readString(Path.of(stepEnv.get(m.group(1)))));
        return 0;
    }

    private int composite(Map<String, String> with, Map<String, String> produced) throws Exception {
        Workflow action = Workflow.read(actionHome.resolve("action.yml"));
        Map<String, String> inputs = new LinkedHashMap<>();
        action.root().path("inputs").fields().forEachRemaining(e -> inputs.put(e.getKey(),
                with.getOrDefault(e.getKey(), e.getValue().path("default").asText(""))));
        for (String k : with.keySet()) {
            if (!inputs.containsKey(k)) {
                return fail("the strata action has no input '" + k + "'");
            }
        }
        Map<String, Map<String, String>> inner = new HashMap<>();
        boolean before = failed;
        for (JsonNode step : action.root().path("runs").path("steps")) {
            step(step, inputs, inner);
        }
        Expressions ex = expressions(inputs, inner);
        action.root().path("outputs").fields().forEachRemaining(e ->
                produced.put(e.getKey(), ex.interpolate(e.getValue().path("value").asText())));
        int code = failed && !before ? 1 : 0;
        if (produced.containsKey("exit-code") && !produced.get("exit-code").isEmpty()) {
            code = Integer.parseInt(produced.get("exit-code"));
        }
        failed = before; // the calling step decides, with its own continue-on-error
        return code;
    }

    private int fail(String why) {
        log.append("-- ").append(why).append('\n');
        return 1;
    }

    private Expressions expressions(Map<String, String> inputs) {
        return expressions(inputs, stepOutputs);
    }

    private Expressions expressions(Map<String, String> inputs, Map<String, Map<String, String>> outputs) {
        return new Expressions(new Expressions.Context() {
            @Override
            public boolean jobFailed() {
                return failed;
            }

            @Override
            public Object apply(String p) {
                String[] parts = p.split("\\.", 4);
                return switch (parts[0]) {
                    case "matrix" -> matrix.get(p.substring(7));
                    case "env" -> env.get(p.substring(4));
                    case "inputs" -> inputs.get(p.substring(7));
                    case "vars" -> event.vars(p.substring(5));
                    case "secrets" -> null;
                    case "runner" -> p.equals("runner.temp") ? temp.toString() : p.equals("runner.os") ? "Linux" : null;
                    case "steps" -> {
                        Map<String, String> o = outputs.get(parts[1]);
                        yield parts.length == 4 && parts[2].equals("outputs") ? (o == null ? "" : o.getOrDefault(parts[3], "")) : null;
                    }
                    case "github" -> event.github(p.substring(7));
                    default -> throw new IllegalStateException("the recipe runner does not know the context of " + p);
                };
            }
        });
    }

    /** A job's {@code if:}, which sees only the event. */
    static boolean jobCondition(Event event, String expr) {
        return jobLevel(event, Map.of()).condition(expr);
    }

    /** A job-level value such as {@code runs-on}, which sees the event and the job's matrix. */
    static String jobValue(Event event, Map<String, String> matrix, String text) {
        return jobLevel(event, matrix).interpolate(text);
    }

    private static Expressions jobLevel(Event event, Map<String, String> matrix) {
        return new Expressions(new Expressions.Context() {
            @Override
            public boolean jobFailed() {
                return false;
            }

            @Override
            public Object apply(String p) {
                if (p.startsWith("matrix.")) {
                    return matrix.get(p.substring(7));
                }
                if (!p.startsWith("github.")) {
                    throw new IllegalStateException("a job-level expression cannot read " + p);
                }
                return event.github(p.substring(7));
            }
        });
    }
}
