package dev.strata.cli.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of GitHub Actions' expression language a workflow uses: literals, context paths
 * ({@code matrix.os}, {@code steps.check.outputs.comment-file}), {@code ! == != && ||} with their
 * value-returning semantics, and the functions always(), success(), failure(), format(), contains(),
 * startsWith(). A context the runner does not know fails loudly rather than reading as empty.
 */
final class Expressions {

    private static final Pattern TEMPLATE = Pattern.compile("\\$\\{\\{(.*?)}}", Pattern.DOTALL);

    /** Resolves a context path; returns null for a known context without that key. */
    interface Context extends Function<String, Object> {
        boolean jobFailed();
    }

    private final Context context;
    private String src;
    private int pos;

    Expressions(Context context) {
        this.context = context;
    }

    /** {@code text} with every {@code ${{ expr }}} replaced by its value as a string. */
    String interpolate(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TEMPLATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(asString(evaluate(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** An {@code if:}: bare or wrapped in ${{ }}, with success() implied unless a status function is used. */
    boolean condition(String expr) {
        if (expr == null || expr.isBlank()) {
            return !context.jobFailed();
        }
        String e = expr.trim();
        if (e.startsWith("${{") && e.endsWith("}}")) {
            e = e.substring(3, e.length() - 2);
        }
        boolean status = e.matches("(?s).*\\b(always|success|failure|cancelled)\\(\\).*");
        boolean value = truthy(evaluate(e));
        return status ? value : value && !context.jobFailed();
    }

    Object evaluate(String expr) {
        src = expr;
        pos = 0;
        Object v = or();
        skip();
        if (pos != src.length()) {
            throw new IllegalStateException("cannot parse expression at " + pos + ": " + expr);
        }
        return v;
    }

    private Object or() {
        Object v = and();
        while (eat("||")) {
            Object r = and();
            v = truthy(v) ? v : r;
        }
        return v;
    }

    private Object and() {
        Object v = comparison();
        while (eat("&&")) {
            Object r = comparison();
            v = truthy(v) ? r : v;
        }
        return v;
    }

    private Object comparison() {
        Object v = unary();
        if (eat("==")) {
            return same(v, unary());
        }
        if (eat("!=")) {
            return !same(v, unary());
        }
        return v;
    }

    private Object unary() {
        if (eat("!")) {
            return !truthy(unary());
        }
        return primary();
    }

    private Object primary() {
        skip();
        if (eat("(")) {
            Object v = or();
            expect(")");
            return v;
        }
        if (peek() == '\'') {
            StringBuilder s = new StringBuilder();
            pos++;
            while (true) {
                char c = src.charAt(pos++);
                if (c == '\'') {
                    if (pos < src.length() && src.charAt(pos) == '\'') {
                        s.append('\'');
                        pos++;
                        continue;
                    }
                    return s.toString();
                }
                s.append(c);
            }
        }
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(peek()) || "._-*".indexOf(peek()) >= 0)) {
            pos++;
        }
        String word = src.substring(start, pos);
        if (word.isEmpty()) {
            throw new IllegalStateException("cannot parse expression at " + pos + ": " + src);
        }
        if (eat("(")) {
            List<Object> args = new ArrayList<>();
            if (!eat(")")) {
                do {
                    args.add(or());
                } while (eat(","));
                expect(")");
            }
            return call(word, args);
        }
        return switch (word) {
            case "true" -> true;
            case "false" -> false;
            case "null" -> null;
            default -> word.matches("-?\\d+(\\.\\d+)?") ? (Object) Double.parseDouble(word) : context.apply(word);
        };
    }

    private Object call(String name, List<Object> args) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "always" -> true;
            case "success" -> !context.jobFailed();
            case "failure" -> context.jobFailed();
            case "cancelled" -> false;
            case "contains" -> asString(args.get(0)).toLowerCase(Locale.ROOT)
                    .contains(asString(args.get(1)).toLowerCase(Locale.ROOT));
            case "startswith" -> asString(args.get(0)).toLowerCase(Locale.ROOT)
                    .startsWith(asString(args.get(1)).toLowerCase(Locale.ROOT));
            case "format" -> {
                String f = asString(args.get(0));
                for (int i = 1; i < args.size(); i++) {
                    f = f.replace("{" + (i - 1) + "}", asString(args.get(i)));
                }
                yield f;
            }
            default -> throw new IllegalStateException("the recipe runner does not know the function " + name + "()");
        };
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof String sa && b instanceof String sb) {
            return sa.equalsIgnoreCase(sb);
        }
        return a == null ? b == null : a.equals(b);
    }

    static boolean truthy(Object v) {
        return v != null && !Boolean.FALSE.equals(v) && !"".equals(v) && !(v instanceof Double d && d == 0);
    }

    static String asString(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return v.toString();
    }

    private void skip() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < src.length() ? src.charAt(pos) : 0;
    }

    private boolean eat(String token) {
        skip();
        if (src.startsWith(token, pos)) {
            // "!" must not eat the start of "!="
            if (token.equals("!") && src.startsWith("!=", pos)) {
                return false;
            }
            pos += token.length();
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!eat(token)) {
            throw new IllegalStateException("expected '" + token + "' at " + pos + " in: " + src);
        }
    }
}
