package org.policykg.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.policykg.output.Csv;

/**
 * CSV in UTF-8 with a byte-order mark, so that Excel opens Chinese correctly (RFC 4180 quoting, CRLF lines).
 * One line per row and sub-row (numbered 6.1, 6.2 under row 6); the group and the source clause's IRI follow
 * the table's columns.
 */
final class CsvTableWriter {

    private final TableWords words;

    CsvTableWriter(TableWords words) {
        this.words = words;
    }

    void write(TaskTable table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        List<String> header = new ArrayList<>(table.columns().stream().map(c -> c.title(words)).toList());
        header.add(words.get("column.group"));
        header.add(words.get("column.link"));
        line(w, header);
        for (TaskGroup g : table.groups()) {
            for (TaskRow r : g.rows()) {
                line(w, cells(table.columns(), r, r.number(), g.name()));
                for (int i = 0; i < r.parts().size(); i++) {
                    line(w, cells(table.columns(), r.parts().get(i), r.number() + "." + (i + 1), g.name()));
                }
            }
        }
        w.flush();
    }

    private static List<String> cells(List<Column> columns, TaskRow r, String number, String group) {
        List<String> cells = new ArrayList<>(columns.stream().map(c -> c == Column.NUMBER ? number : c.value(r)).toList());
        cells.add(group);
        cells.add(r.clause());
        return cells;
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        w.write(Csv.line(cells));
    }
}
