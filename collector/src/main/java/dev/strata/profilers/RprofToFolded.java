package dev.strata.profilers;

import dev.strata.flame.FoldedStacks;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The output of R's {@code Rprof} as folded stacks. After a header line
 * ({@code memory profiling: sample.interval=10000}, or {@code sample.interval=...}) each line is
 * one sample: with memory profiling a prefix {@code :small:big:nodes:dup:}, then the call stack as
 * quoted names, innermost first ({@code "inner" "outer"}); with line profiling, {@code #File}
 * lines and {@code 1#12} references, which are dropped. A sample with no frames is R itself
 * between calls (start-up, the top level) and counts as {@code <R>}. The last line of a profile
 * cut by a kill may be partial: a line without its closing quote is skipped.
 */
public final class RprofToFolded {

    public static final String TOP_LEVEL = "<R>";

    private RprofToFolded() {
    }

    public static FoldedStacks convert(BufferedReader in) throws IOException {
        FoldedStacks stacks = new FoldedStacks(1);
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#File") || line.contains("sample.interval=")) {
                continue;
            }
            List<String> frames = frames(line);
            if (frames == null) {
                continue;
            }
            List<String> stack = new ArrayList<>(frames.size());
            for (int i = frames.size() - 1; i >= 0; i--) {
                stack.add(frames.get(i));
            }
            if (stack.isEmpty()) {
                stack.add(TOP_LEVEL);
            }
            stacks.add(0, stack, 1);
        }
        return stacks;
    }

    /**
     * With memory profiling, where R's heap grew: each sample's stack is weighted by the bytes in
     * use that were added since the previous sample (8 bytes a vector cell, small and large, and
     * 56 a node, as {@code summaryRprof} counts them on 64-bit R; a fall after a collection counts
     * as nothing). Empty when the profile has no memory columns.
     */
    public static FoldedStacks convertMemory(BufferedReader in) throws IOException {
        FoldedStacks stacks = new FoldedStacks(1);
        String line;
        long previous = -1;
        while ((line = in.readLine()) != null) {
            if (!line.startsWith(":")) {
                continue;
            }
            String[] cols = line.split(":", 6);
            List<String> frames = frames(line);
            if (cols.length < 6 || frames == null) {
                continue;
            }
            long bytes;
            try {
                bytes = 8 * (Long.parseLong(cols[1]) + Long.parseLong(cols[2])) + 56 * Long.parseLong(cols[3]);
            } catch (NumberFormatException e) {
                continue;
            }
            long grown = previous < 0 ? 0 : bytes - previous;
            previous = bytes;
            if (grown <= 0) {
                continue;
            }
            List<String> stack = new ArrayList<>(frames.size());
            for (int i = frames.size() - 1; i >= 0; i--) {
                stack.add(frames.get(i));
            }
            if (stack.isEmpty()) {
                stack.add(TOP_LEVEL);
            }
            stacks.add(0, stack, grown);
        }
        return stacks;
    }

    /** The quoted names of one sample line, innermost first; null when the line is cut or malformed. */
    static List<String> frames(String line) {
        int i = 0;
        if (line.startsWith(":")) { // :small:big:nodes:dup:
            int colons = 0;
            while (i < line.length() && colons < 5) {
                if (line.charAt(i++) == ':') {
                    colons++;
                }
            }
            if (colons < 5) {
                return null;
            }
        }
        List<String> out = new ArrayList<>();
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '"') {
                int end = line.indexOf('"', i + 1);
                if (end < 0) {
                    return null; // cut mid-name
                }
                out.add(line.substring(i + 1, end).replace(';', ':'));
                i = end + 1;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(line.charAt(end))) {
                    end++;
                }
                // 1#12: a source reference of line profiling; anything else is not Rprof's
                if (!line.substring(i, end).matches("\\d+#\\d+")) {
                    return null;
                }
                i = end;
            }
        }
        return out;
    }
}
