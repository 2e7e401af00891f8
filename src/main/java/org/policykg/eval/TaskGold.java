package org.policykg.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        List<Task> tasks = GoldSet.read(dir.resolve("obligations.tsv")).stream()
                .map(r -> new Task(r.get("file"), r.get("hint"), list(r.get("lead")), list(r.get("support")),
                        r.get("deadline"), r.get("deadline_text"), list(r.get("recipient"))))
                .toList();
        Path docs = dir.resolve("documents.tsv");
        List<Doc> documents = Files.isRegularFile(docs) ? GoldSet.read(docs).stream()
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

}
