package org.policykg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.policykg.annotate.DocumentFacts;
import org.policykg.annotate.obligation.NodeFacts;
import org.policykg.annotate.role.Role;
import org.policykg.ingest.DocumentPipeline;
import org.policykg.structure.DocumentMetadata;

/**
 * Scores extraction against a task-level gold set ({@link TaskGold}). Each gold task is located by its hint; the
 * subdivision that holds the hint most specifically is the extracted task. A field is right for a task when the
 * extracted value equals the gold one: owners as the whole set of bodies, deadlines as the normalized value.
 */
public final class TaskEvaluator {

    private final DocumentPipeline pipeline;

    public TaskEvaluator(DocumentPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public TaskScores score(TaskGold gold, Path corpus) {
        TaskScores scores = new TaskScores();
        Map<String, TaskGold.Doc> docs = new LinkedHashMap<>();
        gold.documents().forEach(d -> docs.put(d.file(), d));
        for (String file : gold.files()) {
            DocumentFacts annotated = pipeline.annotate(corpus.resolve(file));
            DocumentMetadata meta = annotated.metadata();
            List<NodeFacts> facts = annotated.nodes();
            TaskGold.Doc d = docs.get(file);
            if (d != null) {
                scores.add("number", file, d.number(), meta.number() == null ? "" : meta.number(), "");
                scores.add("level", file, d.level(), meta.level() == null ? "" : meta.level().name().toLowerCase(), "");
            }
            List<TaskGold.Task> tasks = gold.tasks().stream().filter(t -> t.file().equals(file)).toList();
            Map<TaskGold.Task, NodeFacts> at = new LinkedHashMap<>();
            for (TaskGold.Task t : tasks) {
                int offset = HintLocator.find(annotated.parsed().text(), t.hint());
                at.put(t, offset < 0 ? null : holder(facts, offset));
            }
            for (TaskGold.Task t : tasks) {
                NodeFacts n = at.get(t);
                String where = file + "\t" + t.hint();
                boolean shared = n != null && at.entrySet().stream().anyMatch(e -> e.getKey() != t && e.getValue() == n);
                scores.add("task", where, "obligation", n == null ? "(hint not found)" : !n.obligation() ? "not an obligation"
                        : shared ? "shared with another task at " + n.node().path() : "obligation", n == null ? "" : n.node().path());
                if (n == null) {
                    continue;
                }
                String path = n.node().path();
                scores.add("owners", where, set(t.owners()), set(labels(n, r -> r != Role.RECIPIENT)), path);
                if (!t.support().isEmpty()) {
                    scores.add("lead", where, set(t.lead()), set(labels(n, r -> r == Role.LEAD)), path);
                    scores.add("support", where, set(t.support()), set(labels(n, r -> r == Role.SUPPORT)), path);
                }
                String due = DeadlineValues.first(n);
                scores.add(t.deadline().isEmpty() ? "no-deadline" : "deadlines", where, t.deadline(), due, path);
                String to = set(n.recipients().stream().map(r -> r.fact().agency().label()).toList());
                scores.add(t.recipients().isEmpty() ? "no-recipient" : "recipients", where, set(t.recipients()), to, path);
            }
        }
        return scores;
    }

    /** The most specific extracted subdivision whose span holds the offset. */
    private static NodeFacts holder(List<NodeFacts> facts, int offset) {
        NodeFacts best = null;
        for (NodeFacts f : facts) {
            if (f.start() <= offset && offset < f.end() && (best == null || f.end() - f.start() <= best.end() - best.start())) {
                best = f;
            }
        }
        return best;
    }

    private static List<String> labels(NodeFacts n, Function<Role, Boolean> keep) {
        return n.owners().stream().filter(o -> keep.apply(o.fact().role())).map(o -> o.fact().agency().label()).toList();
    }

    private static String set(List<String> names) {
        Set<String> s = new java.util.TreeSet<>();
        names.forEach(x -> s.add(Evaluator.label(x)));
        return String.join("|", s);
    }

    /** Scores of one run: per field, the tasks scored and the mismatches. */
    public static final class TaskScores {
        private final Map<String, List<String[]>> rows = new LinkedHashMap<>();

        void add(String field, String where, String gold, String got, String path) {
            rows.computeIfAbsent(field, k -> new ArrayList<>()).add(new String[] {where, gold, got, path});
        }

        public double accuracy(String field) {
            List<String[]> r = rows.getOrDefault(field, List.of());
            return r.isEmpty() ? 1 : (double) r.stream().filter(x -> x[1].equals(x[2])).count() / r.size();
        }

        /** How many tasks (or documents) a field was scored on. */
        public int rows(String field) {
            return rows.getOrDefault(field, List.of()).size();
        }

        public Set<String> fields() {
            return new LinkedHashSet<>(rows.keySet());
        }

        /** Accuracy of one field on one document. */
        public double accuracy(String field, String file) {
            List<String[]> r = rows.getOrDefault(field, List.of()).stream().filter(x -> x[0].startsWith(file)).toList();
            return r.isEmpty() ? Double.NaN : (double) r.stream().filter(x -> x[1].equals(x[2])).count() / r.size();
        }

        public List<String> report(int errors) {
            List<String> out = new ArrayList<>();
            rows.forEach((f, r) -> out.add(String.format("%-12s %.3f  (%d of %d)", f, accuracy(f),
                    r.stream().filter(x -> x[1].equals(x[2])).count(), r.size())));
            Set<String> files = new java.util.TreeSet<>();
            rows.values().forEach(r -> r.forEach(x -> files.add(x[0].split("\t")[0])));
            out.add("");
            out.add(String.format("%-56s %s", "per document", String.join(" ", fields().stream().map(f -> String.format("%8s", f.length() > 8 ? f.substring(0, 8) : f)).toList())));
            for (String file : files) {
                StringBuilder b = new StringBuilder(String.format("%-56s", file.length() > 56 ? file.substring(0, 56) : file));
                fields().forEach(f -> {
                    double a = accuracy(f, file);
                    b.append(Double.isNaN(a) ? "        -" : String.format(" %8.2f", a));
                });
                out.add(b.toString());
            }
            rows.forEach((f, r) -> r.stream().filter(x -> !x[1].equals(x[2])).limit(errors)
                    .forEach(x -> out.add("  miss " + f + "\t" + x[0] + "\t@" + x[3] + "\tgold=" + x[1] + "\tgot=" + x[2])));
            return out;
        }
    }
}
