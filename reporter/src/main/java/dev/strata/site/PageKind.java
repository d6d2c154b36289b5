package dev.strata.site;

import java.util.List;
import java.util.function.Function;

/**
 * A kind of page and how to list the pages of it a site has. The site builder makes every page of every
 * kind in {@link #ALL}; a new kind of page is one more line here.
 */
record PageKind(String name, Function<SiteBuild, List<Page>> pages) {

    static final List<PageKind> ALL = List.of(
            new PageKind("process", ProcessPage::pages),
            new PageKind("run", RunPage::pages),
            new PageKind("tag", TagsPage::pages),
            new PageKind("languages", LanguagesPage::pages),
            new PageKind("hosts", HostsPage::pages),
            new PageKind("scaling", ScalingPage::pages),
            new PageKind("regressions", RegressionsPage::pages),
            new PageKind("index", IndexPage::pages));
}
