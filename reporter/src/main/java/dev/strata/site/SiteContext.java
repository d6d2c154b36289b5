package dev.strata.site;

/** What every page shows around its content (kept free of build times so unchanged pages stay unchanged). */
public record SiteContext(String title, String storeLabel, String canonicalBase) {
}
