package org.policykg.query;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.resultset.ResultSetWriter;
import org.apache.jena.riot.resultset.ResultSetWriterRegistry;
import org.policykg.output.FormatNames;

/** How query results are printed: an aligned table, CSV (UTF-8, header row), TSV or SPARQL JSON. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    public static ResultFormat parse(String s) {
        return FormatNames.parse(ResultFormat.class, s, "format");
    }

    /**
     * Writes rows as they come: CSV and TSV row by row. The table needs every row for its column widths, and
     * Jena writes JSON results to a byte stream only, so those two are written once the rows are in.
     */
    public void stream(ResultSet rs, Writer out) {
        switch (this) {
            case TABLE -> {
                PrintWriter pw = new PrintWriter(out);
                pw.print(ResultSetFormatter.asText(rs));
                pw.flush();
            }
            case CSV -> writer(ResultSetLang.RS_CSV).write(out, rs, null);
            case TSV -> writer(ResultSetLang.RS_TSV).write(out, rs, null);
            case JSON -> {
                ByteArrayOutputStream json = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsJSON(json, rs);
                new PrintWriter(out).append(json.toString(StandardCharsets.UTF_8)).flush();
            }
        }
    }

    private static ResultSetWriter writer(Lang lang) {
        return ResultSetWriterRegistry.getFactory(lang).create(lang);
    }
}
