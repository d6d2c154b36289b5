package dev.strata.profilers;

import dev.strata.flame.FoldedStacks;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of {@code perf script} as folded stacks, one stack per sample under its command name.
 * A sample is a header line ({@code comm pid[/tid] [cpu] time: period event:}; the command name
 * may hold spaces) followed by one indented line per frame, innermost first
 * ({@code addr symbol+offset (dso)}), and a blank line. Kernel frames get the {@code _[k]} suffix;
 * an unresolved symbol is named after its object ({@code [libfoo.so]}) when perf knows it.
 */
public final class PerfScriptToFolded {

    private static final Pattern HEADER = Pattern.compile(
            "^(.*?)\\s+(\\d+)(?:/(\\d+))?\\s+(?:\\[\\d+\\]\\s+)?\\d+\\.\\d+:\\s+(?:\\d+\\s+)?\\S+:(?:\\s+(.*))?$");
    private static final Pattern FRAME = Pattern.compile("^\\s*([0-9a-fA-F]+)\\s+(.*?)(?:\\s+\\((.*)\\))?\\s*$");

    private PerfScriptToFolded() {
    }

    /** Reads the whole text: one sample of weight 1 per perf sample. */
    public static FoldedStacks convert(BufferedReader in) throws IOException {
        FoldedStacks stacks = new FoldedStacks(1);
        List<String> frames = new ArrayList<>();
        String comm = null;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                flush(stacks, comm, frames);
                comm = null;
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                flush(stacks, comm, frames);
                Matcher h = HEADER.matcher(line);
                if (h.matches()) {
                    comm = h.group(1).trim();
                    String inline = h.group(4) == null ? "" : h.group(4).trim();
                    if (!inline.isEmpty()) { // perf record without -g: the one frame is on the header line
                        String f = frame(inline);
                        if (f != null) {
                            frames.add(f);
                        }
                    }
                } else {
                    comm = null; // not a sample header: skip until the next one
                }
                continue;
            }
            if (comm != null) {
                String f = frame(line);
                if (f != null) {
                    frames.add(f);
                }
            }
        }
        flush(stacks, comm, frames);
        return stacks;
    }

    private static void flush(FoldedStacks stacks, String comm, List<String> frames) {
        if (comm != null) {
            List<String> stack = new ArrayList<>(frames.size() + 1);
            Collections.reverse(frames);
            stack.add(comm.isEmpty() ? "[unknown]" : comm);
            stack.addAll(frames);
            stacks.add(0, stack, 1);
        }
        frames.clear();
    }

    /** One frame line as a frame name, or null when it is not one. */
    static String frame(String line) {
        Matcher m = FRAME.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String address = m.group(1);
        String symbol = m.group(2).trim();
        String dso = m.group(3);
        int plus = symbol.lastIndexOf("+0x");
        if (plus > 0) {
            symbol = symbol.substring(0, plus);
        }
        if (symbol.isEmpty() || symbol.equals("[unknown]")) {
            if (dso != null && !dso.equals("[unknown]") && !dso.isEmpty()) {
                String base = dso.substring(dso.lastIndexOf('/') + 1);
                symbol = base.startsWith("[") ? base : "[" + base + "]";
            } else {
                symbol = "[unknown]";
            }
        }
        symbol = symbol.replace(';', ':');
        boolean kernel = dso != null && dso.startsWith("[kernel")
                || address.length() == 16 && address.regionMatches(true, 0, "ffff", 0, 4);
        return kernel ? symbol + "_[k]" : symbol;
    }
}
