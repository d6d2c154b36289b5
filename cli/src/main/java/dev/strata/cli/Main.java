package dev.strata.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code strata} command. {@link #run} returns the exit code so tests call it in-process. */
@Command(name = "strata", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Measure programs the way users run them, keep every run in Git, publish the trends.",
        subcommands = {RunCommand.class, ReportCommand.class, DetectCommand.class, CheckCommand.class,
                ExportCommand.class, QueryCommand.class, LsCommand.class, ShowCommand.class, ImportCommand.class,
                FlamegraphCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new Errors());
        cl.setParameterExceptionHandler(Errors::onParameterError);
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"strata " + (v == null ? "dev" : v)};
        }
    }
}
