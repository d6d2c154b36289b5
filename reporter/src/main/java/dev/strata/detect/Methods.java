package dev.strata.detect;

import java.util.List;
import java.util.Locale;

/** The methods strata offers by name, and the default chosen by measurement (docs/detection.md). */
public final class Methods {

    public static final String STEP_FIT = "step-fit";
    public static final String Z_SCORE = "z-score";
    public static final String RATIO = "ratio-to-previous";
    public static final String E_DIVISIVE = "e-divisive";
    public static final double DEFAULT_CONFIDENCE = 0.99999;
    public static final double DEFAULT_NOISE_MULTIPLE = 2;

    private Methods() {
    }

    public static Method standard() {
        return new StepFit(3, 2);
    }

    /** What a step must pass to be reported on its own. */
    public static Filter standardFilter() {
        return new Filter(true, DEFAULT_CONFIDENCE, DEFAULT_NOISE_MULTIPLE, 1, 4, 12, 4, 30);
    }

    /** What a step must pass to be reported as one of many series of a host stepping at one commit. */
    public static Filter standardTogether() {
        return new Filter(true, 0.999, 2, 1, 0, 5);
    }

    public static List<String> names() {
        return List.of(STEP_FIT, E_DIVISIVE, Z_SCORE, RATIO);
    }

    /** The method of a name as {@code strata.yaml} and {@code --method} give it. */
    public static Method byName(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case STEP_FIT -> standard();
            case Z_SCORE -> new LookbackZScore(30, 3);
            case RATIO -> new RatioToPrevious(1.5);
            case E_DIVISIVE -> new EDivisive(199, 0.01, 2);
            default -> throw new IllegalArgumentException("unknown detection method '" + name + "' (known: "
                    + String.join(", ", names()) + ")");
        };
    }
}
