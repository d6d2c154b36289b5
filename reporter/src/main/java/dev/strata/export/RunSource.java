package dev.strata.export;

import dev.strata.record.RunRecord;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Runs to export, in store order. {@link #forEach} may be called more than once (a wide CSV needs
 * one pass to find its columns and one to write), and a store-backed source reads one record at
 * a time, so memory stays flat in the number of runs.
 */
public interface RunSource {

    void forEach(Consumer<ExportRun> action);

    /**
     * Like {@link #forEach}, but a record may hold only what filters and column planning read
     * (process, tag, host, commit, start time, names of params and custom metrics).
     */
    default void forEachSkimmed(Consumer<ExportRun> action) {
        forEach(action);
    }

    /** The process names this source can yield, to check a {@code --process} glob against. */
    List<String> processes();

    /** The same runs, each record passed through {@code f} (e.g. what a public site may show). */
    default RunSource map(UnaryOperator<RunRecord> f) {
        RunSource in = this;
        return new RunSource() {
            @Override
            public void forEach(Consumer<ExportRun> action) {
                in.forEach(r -> action.accept(new ExportRun(r.path(), f.apply(r.record()))));
            }

            @Override
            public void forEachSkimmed(Consumer<ExportRun> action) {
                in.forEachSkimmed(r -> action.accept(new ExportRun(r.path(), f.apply(r.record()))));
            }

            @Override
            public List<String> processes() {
                return in.processes();
            }
        };
    }

    static RunSource of(List<ExportRun> runs) {
        return new RunSource() {
            @Override
            public void forEach(Consumer<ExportRun> action) {
                runs.forEach(action);
            }

            @Override
            public List<String> processes() {
                return runs.stream().map(r -> r.record().process()).distinct().sorted().toList();
            }
        };
    }
}
