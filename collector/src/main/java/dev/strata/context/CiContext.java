package dev.strata.context;

import dev.strata.record.HostInfo;

import java.util.Map;

/** Which CI system runs us, from the variables each one sets. */
public final class CiContext {

    private CiContext() {
    }

    public static HostInfo.CiInfo detect(Map<String, String> env) {
        if ("true".equals(env.get("GITHUB_ACTIONS"))) {
            String server = env.getOrDefault("GITHUB_SERVER_URL", "https://github.com");
            String repo = env.get("GITHUB_REPOSITORY");
            String run = env.get("GITHUB_RUN_ID");
            String url = repo != null && run != null ? server + "/" + repo + "/actions/runs/" + run : null;
            return new HostInfo.CiInfo("github-actions", run, env.get("GITHUB_JOB"), url);
        }
        if (env.containsKey("GITLAB_CI")) {
            return new HostInfo.CiInfo("gitlab-ci", env.get("CI_PIPELINE_ID"), env.get("CI_JOB_NAME"), env.get("CI_JOB_URL"));
        }
        if (env.containsKey("JENKINS_URL")) {
            return new HostInfo.CiInfo("jenkins", env.get("BUILD_NUMBER"), env.get("JOB_NAME"), env.get("BUILD_URL"));
        }
        if (env.containsKey("BUILDKITE")) {
            return new HostInfo.CiInfo("buildkite", env.get("BUILDKITE_BUILD_NUMBER"), env.get("BUILDKITE_LABEL"),
                    env.get("BUILDKITE_BUILD_URL"));
        }
        if (env.containsKey("CIRCLECI")) {
            return new HostInfo.CiInfo("circleci", env.get("CIRCLE_BUILD_NUM"), env.get("CIRCLE_JOB"), env.get("CIRCLE_BUILD_URL"));
        }
        if (env.containsKey("TF_BUILD")) {
            String base = env.get("SYSTEM_COLLECTIONURI");
            String project = env.get("SYSTEM_TEAMPROJECT");
            String id = env.get("BUILD_BUILDID");
            String url = base != null && project != null && id != null
                    ? base + project + "/_build/results?buildId=" + id : null;
            return new HostInfo.CiInfo("azure-pipelines", id, env.get("SYSTEM_JOBDISPLAYNAME"), url);
        }
        if ("true".equals(env.get("CI"))) {
            return new HostInfo.CiInfo("unknown", null, null, null);
        }
        return null;
    }
}
