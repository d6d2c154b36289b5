package dev.strata.cli.recipe;

import dev.strata.testing.Git;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What triggered a workflow run, and the world around it: the repository standing for GitHub (a
 * local bare repository), the commit, the pull request's base, and the Pages host.
 *
 * @param name    push or pull_request
 * @param sha     the commit the jobs check out
 * @param baseSha the pull request's base commit, else null
 */
record Event(String name, String sha, String baseSha, Path origin, Pages pages) {

    static Event push(Path origin, String sha, Pages pages) {
        return new Event("push", sha, null, origin, pages);
    }

    static Event pullRequest(Path origin, String sha, String baseSha, Pages pages) {
        return new Event("pull_request", sha, baseSha, origin, pages);
    }

    /** The repository's configuration variables ({@code vars}): the site's URL, as a custom domain sets it. */
    Object vars(String name) {
        return name.equals("PERF_SITE_URL") ? pages.baseUrl() + "/" : null;
    }

    /** The variables a GitHub-hosted runner sets for every step. */
    Map<String, String> runnerEnv() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("CI", "true");
        e.put("GITHUB_ACTIONS", "true");
        e.put("GITHUB_EVENT_NAME", name);
        e.put("GITHUB_SHA", sha);
        e.put("GITHUB_REPOSITORY", "org/project");
        e.put("GITHUB_SERVER_URL", "https://github.com");
        e.put("GITHUB_RUN_ID", "1");
        e.put("RUNNER_OS", "Linux");
        return e;
    }

    /** The {@code github} context, for the paths a workflow reads. */
    Object github(String path) {
        return switch (path) {
            case "event_name" -> name;
            case "sha" -> sha;
            case "ref" -> name.equals("push") ? "refs/heads/main" : "refs/pull/1/merge";
            case "repository" -> "org/project";
            case "repository_owner" -> "org";
            case "event.repository.name" -> "project";
            case "event.pull_request.base.sha" -> baseSha;
            case "event.pull_request.number" -> baseSha == null ? null : 1.0;
            case "base_ref" -> baseSha == null ? "" : "main";
            case "action_repository" -> "strata-dev/strata";
            default -> throw new IllegalStateException("the recipe runner does not know github." + path);
        };
    }

    /** actions/checkout: the event's commit, detached, with the history fetch-depth asks for (0 = all). */
    int checkout(Path workspace, String fetchDepth, StringBuilder log) throws Exception {
        String url = origin.toUri().toString();
        Path tmp = workspace.resolveSibling("clone");
        Git.Result r = fetchDepth.equals("0") ? Git.run(workspace.getParent(), "clone", "-q", url, tmp.toString())
                : Git.run(workspace.getParent(), "clone", "-q", "--no-single-branch", "--depth", fetchDepth, url, tmp.toString());
        log.append(r.out());
        if (r.exitCode() != 0) {
            return r.exitCode();
        }
        Git.ok(tmp, "checkout", "-q", "--detach", sha);
        Files.delete(workspace);
        Files.move(tmp, workspace);
        return 0;
    }

    /** A setup action stands for a tool this machine must already have. */
    int requireToolFor(String action, StringBuilder log) {
        String tool = switch (action) {
            case "actions/setup-python" -> "python3";
            case "r-lib/actions/setup-r" -> "Rscript";
            default -> "java";
        };
        try {
            Process p = new ProcessBuilder("bash", "-c", "command -v " + tool).start();
            if (p.waitFor() == 0) {
                return 0;
            }
        } catch (Exception e) {
            // reported below
        }
        throw new AssertionError(tool + " is needed to run the recipe (apt-get install python3 r-base-core)");
    }
}
