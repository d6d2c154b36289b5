package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The GitLab CI recipe cannot run here (no GitLab), so it is held to what can be checked: every
 * strata command line in its scripts parses against the real commands, and the loop's shape is
 * the GitHub recipe's (measure into perf-results, push on the default branch only, check merge
 * requests against their base, publish public/ to Pages).
 */
class GitLabRecipeTest {

    private static final Path FILE = Path.of("").toAbsolutePath().getParent().resolve("examples/gitlab-ci/.gitlab-ci.yml");
    /** What the scripts' variables may hold; any other variable stands for a plain value. */
    private static final Map<String, String> VARIABLES = Map.of("PUSH", "--push");

    @Test
    void everyStrataCommandInTheScriptsParses() throws Exception {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
        List<String> lines = new ArrayList<>();
        root.fields().forEachRemaining(job -> {
            for (String key : List.of("script", "before_script")) {
                job.getValue().path(key).forEach(l -> lines.addAll(commands(l.asText())));
            }
        });
        List<String> strata = lines.stream().filter(l -> l.matches("\\s*strata \\w.*")).toList();
        assertThat(strata).as("strata commands in the recipe").hasSizeGreaterThanOrEqualTo(3);
        for (String line : strata) {
            List<String> args = words(line.trim().substring("strata ".length()));
            CommandLine cl = Main.all();
            assertThatCode(() -> cl.parseArgs(args.toArray(String[]::new))).as(line).doesNotThrowAnyException();
        }
        assertThat(strata).anyMatch(l -> l.contains("suite run") && l.contains("--store-branch perf-results") && l.contains("$PUSH"));
        assertThat(strata).anyMatch(l -> l.contains("check") && l.contains("$CI_MERGE_REQUEST_DIFF_BASE_SHA"));
        assertThat(strata).anyMatch(l -> l.contains("report") && l.contains("--out public") && l.contains("$CI_PAGES_URL"));
        assertThat(root.path("pages").path("artifacts").path("paths").get(0).asText()).isEqualTo("public");
        assertThat(root.path(".measure").path("artifacts").path("reports").path("junit").asText()).isEqualTo("perf/junit.xml");
    }

    /** A script entry's command lines, with backslash continuations joined. */
    private static List<String> commands(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String l : script.split("\n")) {
            String t = l.stripTrailing();
            if (t.endsWith("\\")) {
                cur.append(t, 0, t.length() - 1).append(' ');
            } else {
                out.add(cur.append(t).toString());
                cur.setLength(0);
            }
        }
        return out;
    }

    /** Shell words: quotes kept together, variables replaced, redirections and what follows dropped. */
    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char quote = 0;
        boolean any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                any = true;
            } else if (Character.isWhitespace(c)) {
                if (any || !w.isEmpty()) {
                    out.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else if (c == '>' || c == '|' || c == ';' || c == '&') {
                break;
            } else {
                w.append(c);
            }
        }
        if (any || !w.isEmpty()) {
            out.add(w.toString());
        }
        List<String> expanded = new ArrayList<>();
        for (String word : out) {
            String v = word.replaceAll("^\\$\\{?(\\w+)}?$", "$1");
            if (!v.equals(word) && VARIABLES.containsKey(v)) {
                expanded.add(VARIABLES.get(v));
            } else {
                expanded.add(word.replaceAll("\\$\\{?\\w+}?", "https://ci.example/value"));
            }
        }
        return expanded.stream().filter(s -> !s.matches("\\d?$")).toList();
    }
}
