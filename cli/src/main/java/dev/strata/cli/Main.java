package dev.strata.cli;

import dev.strata.run.Trace;
import dev.strata.store.GitSystemConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

/** The {@code strata} command. {@link #run} returns the exit code so tests call it in-process. */
@Command(name = "strata", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Measure programs the way users run them, keep every run in Git, publish the trends.",
        footer = {"", "Run 'strata COMMAND --help' for the options of a command."})
public final class Main {

    /** Every verb, in the order help lists them. */
    static final List<String> COMMANDS = List.of("run", "profilers", "report", "detect", "check", "export", "query",
            "ls", "show", "import", "flamegraph", "suite", "demo", "help");

    /**
     * One verb's command object. A switch rather than a table of constructor references: linking a
     * reference loads its class, and a run needs the run command's classes only.
     */
    static Object command(String name) {
        return switch (name) {
            case "run" -> new RunCommand();
            case "profilers" -> new ProfilersCommand();
            case "report" -> new ReportCommand();
            case "detect" -> new DetectCommand();
            case "check" -> new CheckCommand();
            case "export" -> new ExportCommand();
            case "query" -> new QueryCommand();
            case "ls" -> new LsCommand();
            case "show" -> new ShowCommand();
            case "import" -> new ImportCommand();
            case "flamegraph" -> new FlamegraphCommand();
            case "suite" -> new SuiteCommand();
            case "demo" -> new DemoCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /** The command line with every verb, as help shows it. */
    static CommandLine all() {
        CommandLine cl = new CommandLine(new Main());
        COMMANDS.forEach(name -> cl.addSubcommand(name, command(name)));
        return cl;
    }

    public static void main(String[] args) {
        Trace.mark("main");
        GitSystemConfig.install();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        // building a verb's model reflects over all its options: build only the one asked for
        // (a run starts faster), or all of them when the user wants the overview
        CommandLine cl;
        if (args.length > 0 && COMMANDS.contains(args[0]) && !args[0].equals("help")) {
            cl = new CommandLine(new Main());
            cl.addSubcommand(args[0], command(args[0]));
        } else {
            cl = all();
        }
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
