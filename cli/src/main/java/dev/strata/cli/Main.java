package dev.strata.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The {@code strata} command. {@link #run} returns the exit code so tests call it in-process. */
@Command(name = "strata", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Measure programs the way users run them, keep every run in Git, publish the trends.",
        footer = {"", "Run 'strata COMMAND --help' for the options of a command."})
public final class Main {

    /** Every verb, in the order help lists them. */
    static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("run", RunCommand::new);
        m.put("profilers", ProfilersCommand::new);
        m.put("report", ReportCommand::new);
        m.put("detect", DetectCommand::new);
        m.put("check", CheckCommand::new);
        m.put("export", ExportCommand::new);
        m.put("query", QueryCommand::new);
        m.put("ls", LsCommand::new);
        m.put("show", ShowCommand::new);
        m.put("import", ImportCommand::new);
        m.put("flamegraph", FlamegraphCommand::new);
        m.put("suite", SuiteCommand::new);
        m.put("demo", DemoCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return m;
    }

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
        // building a verb's model reflects over all its options: build only the one asked for
        // (a run starts faster), or all of them when the user wants the overview
        Supplier<Object> only = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (only != null && !args[0].equals("help")) {
            cl.addSubcommand(args[0], only.get());
        } else {
            COMMANDS.forEach((name, make) -> cl.addSubcommand(name, make.get()));
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
