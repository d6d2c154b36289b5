package dev.strata.site;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the pages that show every process take from each one (its dashboard row, its section of the
 * hosts page, its entries on the languages page), made from that process's runs alone. They are kept
 * between builds in {@value #FILE} under a digest of the process's runs, so a build with one new run
 * makes them again for its process only, not for every process of the store.
 */
final class ProcessParts {

    static final String FILE = ".strata-parts.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code hosts} is null when the process ran on one host only; the row's alert is left to the dashboard. */
    record Parts(IndexView.ProcessRow index, HostsView.Process hosts, List<LanguagesPage.Entry> languages) {
    }

    private final Path file;
    private final Map<String, Parts> last;
    private final Map<String, Parts> used = new ConcurrentHashMap<>();

    private ProcessParts(Path file, Map<String, Parts> last) {
        this.file = file;
        this.last = last;
    }

    /** The parts the last build of the site at {@code site} kept; none when there are none or they cannot be read. */
    static ProcessParts open(Path site) {
        Path file = site.resolve(FILE);
        Map<String, Parts> last = new HashMap<>();
        if (Files.isRegularFile(file)) {
            try {
                last = JSON.readValue(file.toFile(), new TypeReference<HashMap<String, Parts>>() { });
            } catch (IOException | RuntimeException e) {
                // only ever a shortcut: what cannot be read is made again
                last = new HashMap<>();
            }
        }
        return new ProcessParts(file, last);
    }

    /** The parts of {@code process}, made from its runs unless the last build kept them under the same digest. */
    Parts of(SiteBuild b, String process) {
        return used.computeIfAbsent(b.runsOf(process), k -> {
            Parts kept = last.get(k);
            return kept != null ? kept : make(b.m, process);
        });
    }

    static Parts make(SiteModel m, String process) {
        return new Parts(IndexPage.row(m, process, m.byProcess.get(process), 0), HostsPage.section(m, process),
                LanguagesPage.entries(m, process));
    }

    /**
     * Keeps the parts of this build's processes for the next: those made or used now, and those kept from
     * the last build for processes whose pages did not need them this time.
     */
    void save(SiteBuild b) throws IOException {
        Map<String, Parts> keep = new TreeMap<>();
        for (String process : b.m.byProcess.keySet()) {
            String key = b.runsOf(process);
            Parts p = used.containsKey(key) ? used.get(key) : last.get(key);
            if (p != null) {
                keep.put(key, p);
            }
        }
        Path tmp = file.resolveSibling(FILE + ".tmp");
        JSON.writeValue(tmp.toFile(), keep);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
