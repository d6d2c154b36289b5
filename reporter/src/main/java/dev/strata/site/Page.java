package dev.strata.site;

import java.io.IOException;

/**
 * One file of the site to make: where it goes, which template renders it (none: the view is the file's
 * text), and how its view is built. {@code inputs} is a digest of everything the page is made from when
 * its kind can tell that without building the view: a page whose inputs match the last build's is kept
 * as it is, its view never built. Without it the view is built and its own digest decides whether to
 * render. {@code files} is the folder of files written along with the page, kept when the page is.
 */
record Page(String path, String template, String root, String inputs, String files, View view) {

    /** Builds the view model, writing any files of the page on the way; null when the page cannot be made. */
    interface View {
        Object make(PageWriter files) throws IOException;
    }

    /** A page known only by its view. */
    static Page of(String path, String template, String root, java.util.function.Supplier<Object> view) {
        return new Page(path, template, root, null, null, w -> view.get());
    }

    Page withInputs(String digest) {
        return new Page(path, template, root, digest, files, view);
    }
}
