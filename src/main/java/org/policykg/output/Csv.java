package org.policykg.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV the project writes (tables, check reports, traces): RFC 4180 quoting and CRLF line ends. */
public final class Csv {

    private Csv() {
    }

    /**
     * One record with its line end. An empty or null value is written as nothing, since commons-csv would
     * quote an empty first value.
     */
    public static String line(List<String> values) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
            p.printRecord(values.stream().map(v -> v == null || v.isEmpty() ? null : v));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
