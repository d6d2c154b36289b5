package dev.strata.context;

import dev.strata.record.HostInfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Host facts, read from {@code /proc} and system properties: cheap enough to take on every run
 * without slowing the collector's start. Where there is no {@code /proc}, {@link OshiHost} asks OSHI.
 */
public final class HostContext {

    private HostContext() {
    }

    public static HostInfo capture(Map<String, String> env, String hostIdOverride) {
        if (dev.strata.proc.ProcSource.useOshi()) {
            return OshiHost.capture(env, hostIdOverride);
        }
        String hostname = firstLine(Path.of("/proc/sys/kernel/hostname"));
        if (hostname == null) {
            hostname = env.getOrDefault("HOSTNAME", env.get("COMPUTERNAME"));
        }
        String os = osName();
        String kernel = System.getProperty("os.version");
        String arch = System.getProperty("os.arch");
        String cpu = cpuModel();
        int logical = Runtime.getRuntime().availableProcessors();
        Integer physical = physicalCores();
        Long mem = memTotalBytes();
        HostInfo.CiInfo ci = CiContext.detect(env);
        Double load = loadAverage();
        String id = hostIdOverride != null ? hostIdOverride : hostId(hostname, os, arch, cpu, logical, ci);
        return new HostInfo(id, hostname, os, kernel, arch, cpu, physical, logical, mem, ci, load);
    }

    /**
     * Keys a host's series. A CI runner gets a new hostname every job, so there the id names the
     * runner class (provider, OS, arch, CPU, cores) instead of the machine.
     */
    static String hostId(String hostname, String os, String arch, String cpu, int cores, HostInfo.CiInfo ci) {
        if (ci == null && hostname != null && !hostname.isBlank()) {
            return hostname.toLowerCase(Locale.ROOT);
        }
        String prefix = ci == null ? "host" : ci.provider();
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((os + "|" + arch + "|" + cpu + "|" + cores).getBytes(StandardCharsets.UTF_8));
            return prefix + "-" + arch + "-" + HexFormat.of().formatHex(md.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String osName() {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return line.substring(12).replace("\"", "");
                }
            }
        } catch (IOException ignored) {
            // not Linux, or no os-release
        }
        return System.getProperty("os.name");
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException ignored) {
            // not Linux
        }
        return null;
    }

    /** Distinct (physical id, core id) pairs of /proc/cpuinfo; null where the kernel does not say. */
    static Integer physicalCores() {
        try {
            java.util.Set<String> cores = new java.util.HashSet<>();
            String phys = "0";
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("physical id")) {
                    phys = line.substring(line.indexOf(':') + 1).trim();
                } else if (line.startsWith("core id")) {
                    cores.add(phys + "/" + line.substring(line.indexOf(':') + 1).trim());
                }
            }
            return cores.isEmpty() ? null : cores.size();
        } catch (IOException e) {
            return null;
        }
    }

    private static Long memTotalBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException ignored) {
            // not Linux
        }
        return null;
    }

    static Double loadAverage() {
        String l = firstLine(Path.of("/proc/loadavg"));
        if (l == null) {
            double v = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return v < 0 ? null : v;
        }
        try {
            return Double.parseDouble(l.split("\\s+")[0]);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String firstLine(Path p) {
        try {
            return Files.readAllLines(p).stream().findFirst().map(String::trim).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
