package dev.strata.site;

/** What every page shows around its content. */
public record SiteContext(String title, String storeLabel, String generatedAt) {
}
