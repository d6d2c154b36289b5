package dev.strata.check;

import dev.strata.output.Formats;
import dev.strata.output.OutputFormat;

/**
 * The outputs of {@code strata check}: the terminal table it prints, and the Markdown (job summary),
 * JSON and JUnit XML it writes on request. Each is a short class beside this one.
 */
public final class CheckFormats {

    public static final OutputFormat<CheckReport> TEXT = new CheckTable();
    public static final OutputFormat<CheckReport> JSON = new CheckJson();
    public static final OutputFormat<CheckReport> JUNIT = new CheckJunit();
    public static final OutputFormat<CheckReport> MARKDOWN = new CheckMarkdown(CheckLinks.NONE);

    public static final Formats<CheckReport> ALL = Formats.<CheckReport>of()
            .add("text", TEXT).add("markdown", MARKDOWN, "md").add("json", JSON).add("junit", JUNIT);

    private CheckFormats() {
    }

    /** Markdown whose regressions link to the published site. */
    public static OutputFormat<CheckReport> markdown(CheckLinks links) {
        return new CheckMarkdown(links);
    }
}
