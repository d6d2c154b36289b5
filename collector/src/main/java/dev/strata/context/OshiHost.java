package dev.strata.context;

import dev.strata.proc.OshiSystem;
import dev.strata.record.HostInfo;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.software.os.OperatingSystem;

import java.util.Map;

/**
 * Host facts from OSHI, for systems without {@code /proc} (macOS runners, Windows). Only this
 * path loads OSHI, so Linux starts do not pay for it.
 */
final class OshiHost {

    private OshiHost() {
    }

    static HostInfo capture(Map<String, String> env, String hostIdOverride) {
        SystemInfo si = OshiSystem.get();
        OperatingSystem os = si.getOperatingSystem();
        HardwareAbstractionLayer hw = si.getHardware();
        CentralProcessor cpu = hw.getProcessor();
        String hostname = os.getNetworkParams().getHostName();
        if (hostname == null || hostname.isBlank()) {
            hostname = env.getOrDefault("HOSTNAME", env.get("COMPUTERNAME"));
        }
        String osName = (os.getFamily() + " " + os.getVersionInfo().getVersion()).trim();
        String kernel = os.getVersionInfo().getBuildNumber();
        if (kernel == null || kernel.isBlank()) {
            kernel = System.getProperty("os.version");
        }
        String arch = System.getProperty("os.arch");
        String model = cpu.getProcessorIdentifier().getName();
        int logical = cpu.getLogicalProcessorCount();
        int physical = cpu.getPhysicalProcessorCount();
        long mem = hw.getMemory().getTotal();
        double[] load = cpu.getSystemLoadAverage(1);
        HostInfo.CiInfo ci = CiContext.detect(env);
        String id = hostIdOverride != null ? hostIdOverride
                : HostContext.hostId(hostname, osName, arch, model, logical, ci);
        return new HostInfo(id, hostname, osName, kernel, arch, model == null || model.isBlank() ? null : model.trim(),
                physical > 0 ? physical : null, logical, mem > 0 ? mem : null, ci,
                load.length > 0 && load[0] >= 0 ? load[0] : null);
    }
}
