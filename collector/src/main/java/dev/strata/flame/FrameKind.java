package dev.strata.flame;

/**
 * What a frame's name says about its origin. Profilers mark frames in recognisable ways:
 * py-spy writes {@code func (file.py:12)}, perf and async-profiler suffix kernel frames with
 * {@code [k]} or name {@code [kernel.kallsyms]}, Java frames carry package paths, C++ has
 * {@code ::}, R frames come from {@code .R} files or R's own evaluator.
 */
enum FrameKind {
    KERNEL, PYTHON, JAVA, R, CPP, NATIVE;

    private static final String[] R_EVALUATOR = {"eval", "withVisible", "source", "lapply", "sapply", "vapply",
        "FUN", "do.call", "tryCatch", "tryCatchList", "tryCatchOne", "doTryCatch", "<Anonymous>", ".Call",
        ".External", "match.arg", "Recall", "Reduce", "Map", "mapply", "standardGeneric"};

    static FrameKind of(String name) {
        if (name.endsWith("_[k]") || name.endsWith(" [k]") || name.contains("[kernel.kallsyms]")
                || name.startsWith("entry_SYSCALL") || name.startsWith("__x64_sys_") || name.startsWith("do_syscall")) {
            return KERNEL;
        }
        if (name.contains(".py:") || name.contains(".py)") || name.contains(".pyx:") || name.endsWith(".py")) {
            return PYTHON;
        }
        if (name.contains(".R:") || name.contains(".R#") || name.contains(".r#") || name.endsWith(".R")) {
            return R;
        }
        for (String r : R_EVALUATOR) {
            if (name.equals(r) || name.length() == r.length() + 2 && name.charAt(0) == '"' && name.startsWith(r, 1)
                    && name.charAt(name.length() - 1) == '"') {
                return R;
            }
        }
        if (name.endsWith("_[j]") || name.endsWith("_[i]") || name.endsWith("_[0]") || name.startsWith("java/")
                || name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("jdk/")
                || name.startsWith("sun.") || name.startsWith("kotlin.") || name.startsWith("scala.")
                || name.startsWith("org.") || name.startsWith("com.") || name.startsWith("org/") || name.startsWith("com/")
                || name.startsWith("Interpreter") || name.startsWith("L") && name.contains(";.")) {
            return JAVA;
        }
        if (name.contains("::")) {
            return CPP;
        }
        return NATIVE;
    }
}
