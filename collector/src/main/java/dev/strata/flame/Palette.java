package dev.strata.flame;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Colours by frame name: the same name always gets the same colour, across runs and files, so
 * two flamegraphs can be compared by eye. Each palette is for one kind of profile; within it,
 * frames of another origin (kernel, native code under Python or R, C++ under Java) get their own
 * hue so the boundary between languages shows.
 */
public enum Palette {
    PYTHON, NATIVE, KERNEL, JAVA, R, MEMORY;

    public static Palette parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown palette '" + s + "' (expected auto, python, native, kernel, java, r or memory)");
        }
    }

    /** 0xRRGGBB for a frame. */
    int rgb(String name) {
        int h = hash(name);
        double v1 = (h & 0xFF) / 255.0;
        double v2 = (h >>> 8 & 0xFF) / 255.0;
        double v3 = (h >>> 16 & 0xFF) / 255.0;
        FrameKind kind = FrameKind.of(name);
        if (this == MEMORY) {
            return rgb(40 + 60 * v1, 160 + 80 * v2, 50 + 60 * v3);
        }
        if (kind == FrameKind.KERNEL) {
            return rgb(225 + 30 * v1, 130 + 50 * v2, 20 + 40 * v3);
        }
        switch (this) {
            case PYTHON:
                if (kind == FrameKind.PYTHON) {
                    return rgb(70 + 60 * v1, 140 + 60 * v2, 215 + 40 * v3);
                }
                break;
            case JAVA:
                if (kind == FrameKind.JAVA) {
                    return rgb(50 + 70 * v1, 190 + 60 * v2, 50 + 70 * v3);
                }
                if (kind == FrameKind.CPP) {
                    return rgb(190 + 50 * v1, 190 + 50 * v2, 40 + 40 * v3);
                }
                break;
            case R:
                if (kind == FrameKind.R) {
                    return rgb(150 + 50 * v1, 120 + 50 * v2, 215 + 40 * v3);
                }
                break;
            case KERNEL:
                return rgb(230 + 25 * v1, 150 + 60 * v2, 40 + 60 * v3);
            default:
                break;
        }
        return rgb(205 + 50 * v1, 60 + 170 * v2, 20 + 40 * v3);
    }

    /** The palette whose kind of frame is most common among the named frames. */
    public static Palette guess(FoldedStacks stacks) {
        Map<FrameKind, Integer> counts = new EnumMap<>(FrameKind.class);
        int names = Math.min(stacks.names.count(), 5000);
        for (int id = 0; id < names; id++) {
            FrameKind kind = FrameKind.of(stacks.names.string(id));
            counts.put(kind, counts.getOrDefault(kind, 0) + 1);
        }
        int python = counts.getOrDefault(FrameKind.PYTHON, 0);
        int java = counts.getOrDefault(FrameKind.JAVA, 0);
        int r = counts.getOrDefault(FrameKind.R, 0);
        int kernel = counts.getOrDefault(FrameKind.KERNEL, 0);
        int threshold = Math.max(1, names / 10);
        if (python >= threshold && python >= java && python >= r) {
            return PYTHON;
        }
        if (java >= threshold && java >= r) {
            return JAVA;
        }
        if (r >= threshold) {
            return R;
        }
        return kernel > names / 2 ? KERNEL : NATIVE;
    }

    private static int rgb(double r, double g, double b) {
        return (int) r << 16 | (int) g << 8 | (int) b;
    }

    /** FNV-1a over UTF-16 units, then mixed: stable across JVMs and versions. */
    private static int hash(String s) {
        int h = 0x811C9DC5;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        h ^= h >>> 13;
        h *= 0x5BD1E995;
        return h ^ h >>> 15;
    }
}
