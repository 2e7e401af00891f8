package org.policykg.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.policykg.output.FormatNames;

/** The formats a task table is written in: Word, Excel, CSV (UTF-8 with BOM) and a printable HTML page. */
public enum TableFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv; charset=UTF-8"),
    HTML("html", "text/html; charset=UTF-8");

    private final String extension;
    private final String mediaType;

    TableFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public static TableFormat parse(String s) {
        return FormatNames.parse(TableFormat.class, s, "table format");
    }

    /** The format a file name asks for by its extension, if any. */
    public static java.util.Optional<TableFormat> ofFile(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(values()).filter(f -> lower.endsWith("." + f.extension)).findFirst();
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public void write(TaskTable table, OutputStream out) throws IOException {
        TableWords words = TableWords.standard();
        switch (this) {
            case DOCX -> new DocxTableWriter(words).write(table, out);
            case XLSX -> new XlsxTableWriter(words).write(table, out);
            case CSV -> new CsvTableWriter(words).write(table, out);
            case HTML -> new HtmlTableWriter(words).write(table, out);
        }
    }
}
