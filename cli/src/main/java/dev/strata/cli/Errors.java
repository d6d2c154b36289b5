package dev.strata.cli;

import dev.strata.flame.FlameEngineException;
import dev.strata.record.RecordFormatException;
import dev.strata.store.StoreException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The one place that turns failures into a single line and an exit code: 2 for usage and data
 * errors, 1 for anything unexpected. {@code --verbose} (or STRATA_DEBUG=1) shows the stack trace.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler {

    static final int USAGE = 2;

    /** A problem with what the user asked for; the message says what and where. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        var err = cl.getErr();
        boolean verbose = parsed.hasMatchedOption("--verbose") || "1".equals(System.getenv("STRATA_DEBUG"));
        int code;
        String msg;
        if (ex instanceof UsageException || ex instanceof IllegalArgumentException
                || ex instanceof RecordFormatException || ex instanceof FlameEngineException) {
            code = USAGE;
            msg = ex.getMessage();
        } else if (ex instanceof StoreException) {
            code = USAGE;
            msg = ex.getMessage();
        } else if (fileProblem(ex) != null) {
            // a file or folder that is not what the command needs: what and where, as for any bad input
            code = USAGE;
            msg = fileProblem(ex);
        } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            code = 1;
            msg = ex.getMessage();
        } else {
            code = 1;
            msg = ex.toString();
        }
        err.println("strata: " + msg);
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** "PATH: what is wrong with it" for a file-system refusal, else null. */
    static String fileProblem(Throwable ex) {
        Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (!(t instanceof FileSystemException f) || f.getFile() == null) {
            return null;
        }
        String why = f.getReason() != null ? f.getReason()
                : f instanceof NoSuchFileException ? "no such file or directory"
                : f instanceof AccessDeniedException ? "permission denied"
                : f instanceof FileAlreadyExistsException ? "already exists"
                : f instanceof NotDirectoryException ? "not a directory"
                : f instanceof DirectoryNotEmptyException ? "directory not empty"
                : "cannot be used";
        return f.getFile() + (f.getOtherFile() == null ? "" : " (" + f.getOtherFile() + ")") + ": " + why;
    }

    static int onParameterError(CommandLine.ParameterException ex, String[] args) {
        var err = ex.getCommandLine().getErr();
        err.println("strata: " + ex.getMessage());
        err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
        err.flush();
        return USAGE;
    }
}
