package org.policykg.correct;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.policykg.output.Csv;

/**
 * Corrections as CSV, for a review in a spreadsheet: one row each, the values joined with 、. The status columns
 * (status, appliedPath) are written for the reviewer and ignored when the file is read back. A correction of an agency
 * node (merge-agency, split-alias) has the node's IRI in the doc column and - as its path.
 */
final class CorrectionCsv {

    static final List<String> HEADER = List.of("id", "doc", "path", "task", "field", "before", "after", "by", "time", "note",
            "status", "appliedPath", "anchorText");

    private CorrectionCsv() {
    }

    static String write(List<CorrectionService.Listed> rows) {
        StringBuilder out = new StringBuilder(Csv.line(HEADER));
        for (CorrectionService.Listed l : rows) {
            Correction c = l.correction();
            out.append(Csv.line(List.of(c.id(), c.doc(), c.path(), String.valueOf(c.task()), c.field().slug(),
                    Correction.joined(c.before()), Correction.joined(c.after()), c.by(), c.time().toString(), c.note(),
                    l.status(), l.appliedPath(), c.anchorText())));
        }
        return out.toString();
    }

    /** The corrections of a CSV written by {@link #write} (edited or not); a row missing a value is an error naming it. */
    static List<Correction> read(Reader in) {
        List<Correction> out = new ArrayList<>();
        try {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                Field field = Field.parse(required(r, "field"));
                out.add(new Correction(required(r, "id"), required(r, "doc"), required(r, "path"),
                        Integer.parseInt(required(r, "task")), required(r, "anchorText"), field,
                        Correction.values(field, r.get("before")), Correction.values(field, r.get("after")), required(r, "by"),
                        Instant.parse(required(r, "time")), r.isMapped("note") ? r.get("note") : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String required(CSVRecord r, String column) {
        if (!r.isMapped(column) || r.get(column).isBlank()) {
            throw new IllegalArgumentException("correction CSV line " + r.getRecordNumber() + ": no " + column);
        }
        return r.get(column);
    }
}
