package org.policykg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;

/** How query results are printed: an aligned table, CSV (UTF-8, header row), TSV or SPARQL JSON. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    public static ResultFormat parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "' (table, csv, tsv or json)");
        }
    }

    public void write(ResultSetRewindable rs, OutputStream out) {
        rs.reset();
        switch (this) {
            case TABLE -> {
                PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                ResultSetFormatter.out(ps, rs);
                ps.flush();
            }
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
        }
    }
}
