package dev.strata.site;

/**
 * How to build: {@code title}; {@code baseUrl} (absolute address the site is published at, used only
 * for the canonical link; every link between pages stays relative); {@code publicSite} leaves out
 * what identifies machines and people; {@code runPagesPerProcess} bounds the run pages (older runs
 * stay as rows of the process page's data).
 */
public record SiteOptions(String title, String baseUrl, boolean publicSite, int runPagesPerProcess) {

    public static final int DEFAULT_RUN_PAGES = 20;

    public static SiteOptions defaults(String title) {
        return new SiteOptions(title, null, false, DEFAULT_RUN_PAGES);
    }
}
