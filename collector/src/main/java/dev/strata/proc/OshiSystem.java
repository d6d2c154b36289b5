package dev.strata.proc;

import oshi.SystemInfo;

/**
 * One OSHI {@link SystemInfo} per JVM: starting it costs about a second on a loaded machine, so the
 * host facts (taken before the workload starts) warm it for the sampler that follows.
 */
public final class OshiSystem {

    private static volatile SystemInfo shared;

    private OshiSystem() {
    }

    public static SystemInfo get() {
        SystemInfo s = shared;
        if (s == null) {
            synchronized (OshiSystem.class) {
                s = shared;
                if (s == null) {
                    s = new SystemInfo();
                    shared = s;
                }
            }
        }
        return s;
    }
}
