package dev.strata.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code strata} in-process and keeps what it printed. */
record InProcess(int exit, String out, String err) {

    static InProcess run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        int code = Main.run(o, e, args);
        o.flush();
        e.flush();
        return new InProcess(code, out.toString(), err.toString());
    }
}
