package dev.strata.flame;

/**
 * The frame tree could not be built: its thread failed or made no progress for too long. The
 * message names the input; the reader stops instead of waiting for a tree that never comes.
 */
public final class FlameEngineException extends RuntimeException {

    FlameEngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
