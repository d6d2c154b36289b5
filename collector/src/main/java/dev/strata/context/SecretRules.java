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
 * <p>Two kinds of rule. A <em>shape</em> is found by its pattern alone. A <em>named value</em>
 * follows a name ({@link SecretNames}): its pattern describes what comes after the name, and
 * {@link Head} what must come before it. Groups {@code s1}..{@code s4} are the secret. In a
 * command, arguments are joined by NUL, so a value can be "the whole next argument".
 */
public final class SecretRules {

    /** Where a rule applies: every string, or only commands (argv, the process tree). */
    public enum Scope { EVERYWHERE, COMMANDS }

    /** What precedes the name of a named value. */
    public enum Head {
        /** Not inside a word or path; up to two dashes allowed ({@code --token}, {@code DB_PASSWORD}). */
        ANY_DASHES,
        /** One or two dashes, and the argument starts there. */
        OPTION_ARGUMENT,
        /** One or two dashes, not inside a word. */
        OPTION,
        /** A word on its own: start, a space, NUL or a quote before it. */
        WORD
    }

    /**
     * One form of secret: a shape ({@code head} null) or a value after a secret name. {@code needs}: words
     * (lower case) of which a text must hold one for the rule to find anything there; empty: no such word.
     */
    public record Rule(String form, Scope scope, Head head, Pattern pattern, List<String> needs) {
        Rule(String form, Scope scope, Head head, Pattern pattern) {
            this(form, scope, head, pattern, List.of());
        }
    }

    private static final String SCHEME = "(?:(?i:bearer|basic|token|digest|negotiate|apikey)[ \\t]+)?";
    private static final String VALUE = "(?:\"(?<s1>[^\"\\x00\\n]+)\"|'(?<s2>[^'\\x00\\n]+)'|(?<s3>[^\\s\\x00\"',;&|<>(){}]+))";

    public static final List<Rule> RULES = List.of(
            new Rule("private key block", Scope.EVERYWHERE, null, Pattern.compile(
                    "(?<s1>-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$))"),
                    List.of("private key-----")),
            new Rule("credentials in a URL", Scope.EVERYWHERE, null, Pattern.compile("://(?<s1>[^/?#@\\s\\x00]+)@"),
                    List.of("://")),
            new Rule("token-shaped value", Scope.EVERYWHERE, null, Pattern.compile("(?=[gxASsrhnpe])(?<s1>"
                    + "gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}"
                    + "|xox[abposr]-[A-Za-z0-9-]{10,}|(?:AKIA|ASIA)[0-9A-Z]{16}|sk-[A-Za-z0-9_-]{20,}"
                    + "|(?:sk|rk)_live_[A-Za-z0-9]{16,}|hf_[A-Za-z0-9]{30,}|npm_[A-Za-z0-9]{36}"
                    + "|pypi-[A-Za-z0-9_-]{40,}|AIza[0-9A-Za-z_-]{35}"
                    + "|eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]+)")),
            new Rule("--secret-option=value as one argument", Scope.COMMANDS, Head.OPTION_ARGUMENT,
                    Pattern.compile("=(?<s4>[^\\x00]+)")),
            new Rule("name=value, name: value, Authorization: Bearer value", Scope.EVERYWHERE, Head.ANY_DASHES,
                    Pattern.compile("[\"']?[ \\t]*[=:][ \\t]*" + SCHEME + VALUE)),
            new Rule("--secret-option value", Scope.EVERYWHERE, Head.OPTION,
                    Pattern.compile("(?:\\x00(?!--)(?<s4>[^\\x00]+)|[ \\t]+" + SCHEME + "(?!-)" + VALUE + ")")),
            new Rule("secret-named word then its value", Scope.COMMANDS, Head.WORD,
                    Pattern.compile("(?:\\x00(?!-)(?<s4>[^\\x00]+)|[ \\t]+(?!-)" + VALUE + ")")),
            new Rule("Bearer value", Scope.EVERYWHERE, null, Pattern.compile(
                    "(?<![A-Za-z0-9])(?i:bearer)[ \\t]+(?<s1>[A-Za-z0-9._~+/=-]{8,})"), List.of("bearer")),
            new Rule("-pPASSWORD of MySQL and MariaDB clients", Scope.EVERYWHERE, null, Pattern.compile(
                    "(?=m)(?<![^\\s\\x00/\"'])(?:mysql[a-z]*|mariadb[a-z-]*)(?=[\\s\\x00])[^;&|\\n]*?[\\s\\x00]-p"
                            + "(?<s1>[^\\s\\x00;&|\"']+)"), List.of("mysql", "mariadb")));

    /** Every secret name contains one of these (see {@link SecretNames}): where to look for names. */
    private static final String[] NAME_HINTS = {"pw", "pass", "secret", "cred", "key", "token", "auth", "sig",
            "bearer", "cookie", "otp", "pat", "sas"};
    private static final String[] SECRET_GROUPS = {"s1", "s2", "s3", "s4"};

    private SecretRules() {
    }

    /** {@code s} with every secret replaced; {@code command} adds the rules that read argv. */
    public static String apply(String s, boolean command) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        String out = s;
        String lower = asciiLower(s);
        boolean namesDone = false;
        for (Rule r : RULES) {
            if (!command && r.scope() == Scope.COMMANDS) {
                continue;
            }
            if (r.head() == null) {
                if (r.needs().isEmpty() || r.needs().stream().anyMatch(lower::contains)) {
                    out = shape(r.pattern(), out);
                }
            } else if (!namesDone) {
                // the named-value rules go together, in one pass over the names found in the text
                out = namedValues(out, command);
                namesDone = true;
            }
        }
        return out;
    }

    private static String shape(Pattern p, String s) {
        Matcher m = p.matcher(s);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            for (String g : SECRET_GROUPS) {
                if (hasGroup(p, g) && m.start(g) >= 0) {
                    out = out == null ? new StringBuilder(s.length()) : out;
                    out.append(s, copied, m.start(g)).append(Redactor.REDACTED);
                    copied = m.end(g);
                }
            }
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /**
     * Looks only where a secret name can be (a word holding one of {@link #NAME_HINT}), so text without
     * such words costs one scan; at each secret name the named-value rules are tried in their order.
     */
    private static String namedValues(String s, boolean command) {
        String lower = asciiLower(s);
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        int hintAt;
        while (from < s.length() && (hintAt = nextHint(lower, from)) >= 0) {
            int start = hintAt;
            int end = hintAt + 1;
            while (start > 0 && identChar(s.charAt(start - 1))) {
                start--;
            }
            while (end < s.length() && identChar(s.charAt(end))) {
                end++;
            }
            from = end;
            while (start < end && !Character.isLetter(s.charAt(start)) || start < copied) {
                start++;
            }
            if (start >= end || !isAsciiLetter(s.charAt(start)) || !SecretNames.isSecret(s.substring(start, end))) {
                continue;
            }
            for (Rule r : RULES) {
                if (r.head() == null || !command && r.scope() == Scope.COMMANDS || !headFits(r.head(), s, start)) {
                    continue;
                }
                Matcher tail = r.pattern().matcher(s).region(end, s.length())
                        .useTransparentBounds(true).useAnchoringBounds(false);
                if (!tail.lookingAt()) {
                    continue;
                }
                for (String g : SECRET_GROUPS) {
                    if (hasGroup(r.pattern(), g) && tail.start(g) >= 0) {
                        out = out == null ? new StringBuilder(s.length()) : out;
                        out.append(s, copied, tail.start(g)).append(Redactor.REDACTED);
                        copied = tail.end(g);
                    }
                }
                from = Math.max(from, tail.end());
                break;
            }
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** Where the next word of {@link #NAME_HINTS} starts, from {@code from} on; -1 when none does. */
    private static int nextHint(String lower, int from) {
        for (int i = from; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ("pscktabo".indexOf(c) < 0) {
                continue;
            }
            for (String h : NAME_HINTS) {
                if (h.charAt(0) == c && lower.startsWith(h, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Lower case for ASCII letters only, so every index stays where it was. */
    private static String asciiLower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + 32);
            }
        }
        return new String(c);
    }

    private static boolean headFits(Head head, String s, int nameStart) {
        int dashes = 0;
        while (dashes < 3 && nameStart - dashes > 0 && s.charAt(nameStart - dashes - 1) == '-') {
            dashes++;
        }
        int at = nameStart - dashes;
        char before = at > 0 ? s.charAt(at - 1) : '\u0000';
        boolean atStart = at == 0;
        return switch (head) {
            case ANY_DASHES -> dashes <= 2 && (atStart || !boundaryBlocked(before));
            case OPTION -> dashes >= 1 && dashes <= 2 && (atStart || !boundaryBlocked(before));
            case OPTION_ARGUMENT -> dashes >= 1 && dashes <= 2 && (atStart || before == '\u0000');
            case WORD -> dashes == 0 && (atStart || Character.isWhitespace(before) || before == '\u0000'
                    || before == '"' || before == '\'');
        };
    }

    /** A name does not start inside a word, a path or a variable reference. */
    private static boolean boundaryBlocked(char c) {
        return identChar(c) || c == '/' || c == '$';
    }

    private static boolean identChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-');
    }

    private static boolean isAsciiLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }

    private static boolean hasGroup(Pattern p, String group) {
        return p.pattern().contains("(?<" + group + ">");
    }
}
