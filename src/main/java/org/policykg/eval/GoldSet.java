package org.policykg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The hand-annotated gold set: one TSV per field (owners, recipients, deadlines, thresholds, citations). */
public record GoldSet(Path dir, Map<String, List<Map<String, String>>> fields) {

    public static final List<String> FIELDS = List.of("owners", "recipients", "deadlines", "thresholds", "citations");

    public static GoldSet load(Path dir) {
        Map<String, List<Map<String, String>>> fields = new HashMap<>();
        for (String f : FIELDS) {
            fields.put(f, read(dir.resolve(f + ".tsv")));
        }
        return new GoldSet(dir, fields);
    }

    public List<Map<String, String>> rows(String field) {
        return fields.getOrDefault(field, List.of());
    }

    public List<String> files() {
        return fields.values().stream().flatMap(List::stream).map(r -> r.get("file")).distinct().sorted().toList();
    }

    /** Rows of a gold TSV keyed by its header, the first line (which may start with {@code #}); cells stripped. */
    static List<Map<String, String>> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] header = lines.get(0).replaceFirst("^#\\s*", "").split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].strip(), i < cells.length ? cells[i].strip() : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
