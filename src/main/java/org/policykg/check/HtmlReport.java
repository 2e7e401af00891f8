package org.policykg.check;

import static org.policykg.output.Html.escape;

import java.io.PrintWriter;
import java.util.List;

/** The check report as one self-contained HTML page: a summary and a table per severity. */
final class HtmlReport {

    private HtmlReport() {
    }

    static void write(CheckReport report, PrintWriter out) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>PolicyKG check</title>");
        out.println("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}"
                + "td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}"
                + "h2.error{color:#b00}h2.warning{color:#a60}h2.info{color:#357}</style></head><body>");
        out.println("<h1>PolicyKG check</h1>");
        out.println("<p>" + escape(report.summaryLine()) + " &mdash; checks: " + escape(String.join(", ", report.rules())) + "</p>");
        for (Severity s : Severity.values()) {
            List<Finding> findings = report.of(s);
            if (findings.isEmpty()) {
                continue;
            }
            out.println("<h2 class=\"" + s.label() + "\">" + s.name() + " (" + findings.size() + ")</h2>");
            out.println("<table><tr><th>rule</th><th>document</th><th>clause</th><th>source text</th><th>message</th></tr>");
            for (Finding f : findings) {
                out.println("<tr><td>" + escape(f.rule()) + "</td><td>" + escape(f.docTitle()) + "</td><td>" + escape(f.path())
                        + "</td><td>" + escape(f.excerpt()) + "</td><td>" + escape(f.message()) + "</td></tr>");
            }
            out.println("</table>");
        }
        out.println("</body></html>");
    }
}
