package dev.strata.flame;

/** What differs between kinds of flamegraph: the colour of a frame and its tooltip lines. */
interface FrameStyle {

    /** 0xRRGGBB. */
    int fill(int frame);

    /** The tooltip after the frame name's line, e.g. {@code 1,234 samples (12.34%)}. */
    String details(int frame);
}
