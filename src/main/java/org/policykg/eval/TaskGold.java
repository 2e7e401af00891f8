package org.policykg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A task-level gold set (the development corpus' format): {@code obligations.tsv} with one row per task located by a
 * unique substring ({@code hint}), and {@code documents.tsv} with each document's metadata. Lists are {@code |}-separated.
 */
public record TaskGold(List<Task> tasks, List<Doc> documents) {

    public record Task(String file, String hint, List<String> lead, List<String> support, String deadline,
                       String deadlineText, List<String> recipients) {

        public List<String> owners() {
            List<String> all = new ArrayList<>(lead);
            all.addAll(support);
            return all;
        }
    }

    public record Doc(String file, String title, String number, String issuer, String date, String level, String jurisdiction) {}

    /** True when the folder holds a task-level gold set rather than the per-field one. */
    public static boolean isTaskGold(Path dir) {
        return Files.isRegularFile(dir.resolve("obligations.tsv"));
    }

    public static TaskGold load(Path dir) {
        List<Task> tasks = read(dir.resolve("obligations.tsv")).stream()
                .map(r -> new Task(r.get("file"), r.get("hint"), list(r.get("lead")), list(r.get("support")),
                        r.get("deadline"), r.get("deadline_text"), list(r.get("recipient"))))
                .toList();
        Path docs = dir.resolve("documents.tsv");
        List<Doc> documents = Files.isRegularFile(docs) ? read(docs).stream()
                .map(r -> new Doc(r.get("file"), r.get("title"), r.get("number"), r.get("issuer"), r.get("date"),
                        r.get("level"), r.get("jurisdiction")))
                .toList() : List.of();
        return new TaskGold(tasks, documents);
    }

    public List<String> files() {
        return tasks.stream().map(Task::file).distinct().sorted().toList();
    }

    private static List<String> list(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Rows keyed by the header, whose first line starts with {@code #}. */
    private static List<Map<String, String>> read(Path file) {
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
