package org.policykg.tables;

import static org.policykg.output.Html.escape;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A self-contained printable page (no external style sheets, scripts or fonts): A4 landscape, the header row
 * repeated on every printed page, group rows across the table and a split row's 序号 spanning its sub-rows.
 * Overdue rows are shaded; without a 具体措施 column the 依据 link carries the full text as its note (title).
 */
final class HtmlTableWriter {

    private final TableWords words;

    HtmlTableWriter(TableWords words) {
        this.words = words;
    }

    void write(TaskTable table, OutputStream out) throws IOException {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>").append(escape(table.title()))
                .append("</title>\n<style>\n").append(css()).append("</style>\n</head>\n<body>\n");
        if (!table.attachment().isEmpty()) {
            h.append("<p class=\"attachment\">").append(escape(table.attachment())).append("</p>\n");
        }
        h.append("<h1>").append(escape(table.title())).append("</h1>\n<table>\n<colgroup>");
        List<Column> columns = table.columns();
        for (Column c : columns) {
            h.append("<col style=\"width:").append(c.share(columns, 100)).append("%\">");
        }
        h.append("</colgroup>\n<thead><tr>");
        columns.forEach(c -> h.append("<th>").append(escape(c.title(words))).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (TaskGroup g : table.groups()) {
            if (table.named()) {
                h.append("<tr class=\"group\"><th colspan=\"").append(columns.size()).append("\">").append(escape(g.name())).append("</th></tr>\n");
            }
            for (TaskRow r : g.rows()) {
                row(h, r, columns);
            }
        }
        h.append("</tbody>\n</table>\n<p class=\"source\">").append(escape(words.get("column.basis"))).append("：")
                .append(escape(table.source())).append("</p>\n</body>\n</html>\n");
        out.write(h.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void row(StringBuilder h, TaskRow r, List<Column> columns) {
        List<TaskRow> lines = r.lines();
        for (int i = 0; i < lines.size(); i++) {
            TaskRow l = lines.get(i);
            h.append(l.status().equals(words.get("status.overdue")) ? "<tr class=\"overdue\">" : "<tr>");
            for (Column c : columns) {
                if (c == Column.NUMBER) {
                    if (i == 0) {
                        h.append("<td class=\"num\"").append(lines.size() > 1 ? " rowspan=\"" + lines.size() + "\"" : "").append(">")
                                .append(escape(r.number())).append("</td>");
                    }
                } else if (c == Column.BASIS) {
                    String note = columns.contains(Column.DETAILS) || l.details().isEmpty() ? "" : " title=\"" + escape(l.details()) + "\"";
                    h.append("<td class=\"basis\"><a href=\"").append(escape(l.clause())).append("\"").append(note).append(">")
                            .append(escape(l.basis())).append("</a></td>");
                } else {
                    h.append(c.centered() ? "<td class=\"num\">" : "<td>").append(escape(c.value(l)).replace("\n", "<br>")).append("</td>");
                }
            }
            h.append("</tr>\n");
        }
    }

    private String css() {
        return """
                @page { size: A4 landscape; margin: 2cm 1.8cm; }
                body { font-family: %s; font-size: 12pt; margin: 1.5em; color: #000; }
                .attachment { font-family: %s; font-size: 16pt; margin: 0 0 .5em; }
                h1 { font-family: %s; font-size: 22pt; font-weight: normal; text-align: center; margin: .3em 0 .8em; }
                table { width: 100%%; border-collapse: collapse; table-layout: fixed; }
                th, td { border: 1px solid #000; padding: 4px 6px; vertical-align: middle; line-height: 1.5; word-wrap: break-word; }
                thead th { font-family: %s; font-weight: normal; text-align: center; }
                thead { display: table-header-group; }
                tr { page-break-inside: avoid; }
                tr.group th { font-family: %s; font-weight: normal; text-align: left; }
                td.num { text-align: center; }
                tr.overdue td { background: #f8d7d5; }
                td.basis a { color: inherit; text-decoration: none; }
                .source { font-size: 10pt; color: #444; }
                @media print { body { margin: 0; } .source { display: none; } }
                """.formatted(fonts("body"), fonts("heading"), fonts("title"), fonts("heading"), fonts("heading"));
    }

    private String fonts(String role) {
        // generic families (serif, sans-serif) stay unquoted
        return words.fonts(role).stream().map(f -> f.matches("[a-z-]+") ? f : "\"" + f + "\"")
                .collect(Collectors.joining(", "));
    }
}
