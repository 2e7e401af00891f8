package org.policykg.check;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.policykg.output.Csv;
import org.policykg.output.FormatNames;

/** How a check report is printed: text grouped by severity, CSV, JSON (as GET /api/checks) or an HTML page. */
public enum ReportFormat {
    TEXT, CSV, JSON, HTML;

    public static ReportFormat parse(String s) {
        return FormatNames.parse(ReportFormat.class, s, "format");
    }

    public void write(CheckReport report, PrintWriter out) {
        switch (this) {
            case TEXT -> text(report, out);
            case CSV -> csv(report, out);
            case JSON -> json(report, out);
            case HTML -> HtmlReport.write(report, out);
        }
        out.flush();
    }

    private static void text(CheckReport report, PrintWriter out) {
        out.println("PolicyKG check: " + report.summaryLine() + " (" + report.rules().size() + " checks: " + String.join(", ", report.rules()) + ")");
        for (Severity s : Severity.values()) {
            List<Finding> findings = report.of(s);
            if (findings.isEmpty()) {
                continue;
            }
            out.println();
            out.println(s.name() + " (" + findings.size() + ")");
            for (Finding f : findings) {
                out.println("  [" + f.rule() + "] " + (f.docTitle().isEmpty() ? f.focus() : f.docTitle())
                        + (f.path().isEmpty() ? "" : " · " + f.path()));
                if (!f.excerpt().isEmpty()) {
                    out.println("    「" + f.excerpt() + "」");
                }
                out.println("    " + f.message());
            }
        }
    }

    private static void csv(CheckReport report, PrintWriter out) {
        out.print("rule,severity,doc,clause,message\r\n");
        for (Finding f : report.findings()) {
            out.print(Csv.line(List.of(f.rule(), f.severity().label(), f.docTitle(), f.path(), f.message())));
        }
    }

    private static void json(CheckReport report, PrintWriter out) {
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.json()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
