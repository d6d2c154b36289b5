package dev.strata.context;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one list of rules that finds secrets in a string. Every string of a record goes through it
 * (free text), and commands go through it with the rules that read argv (where a value follows
 * the word that names it). A rule replaces only the secret itself with {@value Redactor#REDACTED}:
 * the rest of a command, a script or a sentence stays as it was.
 *
 * <p>Conventions of the patterns: a group {@code name}, when present, must be a secret name
 * ({@link SecretNames}) for the match to count; groups {@code s1}..{@code s4} are the secret.
 * In a command, arguments are joined by NUL, so a value can be "the whole next argument".
 */
public final class SecretRules {

    /** Where a rule applies: every string, or only commands (argv, the process tree). */
    public enum Scope { EVERYWHERE, COMMANDS }

    /** One form of secret, with an example of what it catches (the test table lists them all). */
    public record Rule(String form, Scope scope, Pattern pattern) {
    }

    private static final String IDENT = "[A-Za-z][A-Za-z0-9_.-]*";
    /** A name starts where no identifier, path or variable character precedes it. */
    private static final String BOUND = "(?<![A-Za-z0-9_.\\-/$])";
    private static final String SCHEME = "(?:(?i:bearer|basic|token|digest|negotiate|apikey)[ \\t]+)?";
    private static final String VALUE = "(?:\"(?<s1>[^\"\\x00\\n]+)\"|'(?<s2>[^'\\x00\\n]+)'|(?<s3>[^\\s\\x00\"',;&|<>(){}]+))";

    public static final List<Rule> RULES = List.of(
            new Rule("private key block", Scope.EVERYWHERE, Pattern.compile(
                    "(?<s1>-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$))")),
            new Rule("credentials in a URL", Scope.EVERYWHERE, Pattern.compile(
                    "(?<=://)(?<s1>[^/?#@\\s\\x00]+)@")),
            new Rule("token-shaped value", Scope.EVERYWHERE, Pattern.compile("(?<s1>"
                    + "gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}"
                    + "|xox[abposr]-[A-Za-z0-9-]{10,}|(?:AKIA|ASIA)[0-9A-Z]{16}|sk-[A-Za-z0-9_-]{20,}"
                    + "|(?:sk|rk)_live_[A-Za-z0-9]{16,}|hf_[A-Za-z0-9]{30,}|npm_[A-Za-z0-9]{36}"
                    + "|pypi-[A-Za-z0-9_-]{40,}|AIza[0-9A-Za-z_-]{35}"
                    + "|eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]+)")),
            new Rule("--secret-option=value as one argument", Scope.COMMANDS, Pattern.compile(
                    "(?<=^|\\x00)-{1,2}(?<name>" + IDENT + ")=(?<s4>[^\\x00]+)")),
            new Rule("name=value, name: value, Authorization: Bearer value", Scope.EVERYWHERE, Pattern.compile(
                    BOUND + "-{0,2}(?<name>" + IDENT + ")[\"']?[ \\t]*[=:][ \\t]*" + SCHEME + VALUE)),
            new Rule("--secret-option value", Scope.EVERYWHERE, Pattern.compile(
                    BOUND + "-{1,2}(?<name>" + IDENT + ")(?:\\x00(?!--)(?<s4>[^\\x00]+)|[ \\t]+" + SCHEME + "(?!-)"
                            + VALUE + ")")),
            new Rule("secret-named word then its value", Scope.COMMANDS, Pattern.compile(
                    "(?<=^|[\\s\\x00\"'])(?<name>" + IDENT + ")(?:\\x00(?!-)(?<s4>[^\\x00]+)|[ \\t]+(?!-)" + VALUE + ")")),
            new Rule("Bearer value", Scope.EVERYWHERE, Pattern.compile(
                    "(?i)(?<![A-Za-z0-9])bearer[ \\t]+(?<s1>[A-Za-z0-9._~+/=-]{8,})")),
            new Rule("-pPASSWORD of MySQL and MariaDB clients", Scope.EVERYWHERE, Pattern.compile(
                    "(?<=^|[\\s\\x00/\"'])(?:mysql[a-z]*|mariadb[a-z-]*)(?=[\\s\\x00])[^;&|\\n]*?[\\s\\x00]-p"
                            + "(?<s1>[^\\s\\x00;&|\"']+)")));

    private static final String[] SECRET_GROUPS = {"s1", "s2", "s3", "s4"};

    private SecretRules() {
    }

    /** {@code s} with every secret replaced; {@code command} adds the rules that read argv. */
    public static String apply(String s, boolean command) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        String out = s;
        for (Rule r : RULES) {
            if (command || r.scope() == Scope.EVERYWHERE) {
                out = apply(r.pattern(), out);
            }
        }
        return out;
    }

    private static String apply(Pattern p, String s) {
        Matcher m = p.matcher(s);
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        boolean checksName = p.pattern().contains("(?<name>");
        while (from <= s.length() && m.find(from)) {
            if (checksName && !SecretNames.isSecret(m.group("name"))) {
                from = m.end("name");
                continue;
            }
            for (String g : SECRET_GROUPS) {
                if (hasGroup(p, g) && m.start(g) >= 0) {
                    if (out == null) {
                        out = new StringBuilder(s.length());
                    }
                    out.append(s, copied, m.start(g)).append(Redactor.REDACTED);
                    copied = m.end(g);
                }
            }
            from = m.end() > m.start() ? m.end() : m.end() + 1;
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copied, s.length()).toString();
    }

    private static boolean hasGroup(Pattern p, String group) {
        return p.pattern().contains("(?<" + group + ">");
    }
}
