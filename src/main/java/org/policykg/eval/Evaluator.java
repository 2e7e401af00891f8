package org.policykg.eval;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policykg.annotate.citation.Citation;
import org.policykg.annotate.obligation.NodeFacts;
import org.policykg.ingest.DocumentPipeline;

/**
 * Scores extraction against the gold set: per field, the facts as (file, node path, value) keys, compared
 * as sets after the same normalization on both sides.
 */
public final class Evaluator {

    private final DocumentPipeline pipeline;

    public Evaluator(DocumentPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Map<String, FieldScore> score(GoldSet gold, Path corpus) {
        Map<String, Set<String>> predicted = new LinkedHashMap<>();
        GoldSet.FIELDS.forEach(f -> predicted.put(f, new HashSet<>()));
        for (String file : gold.files()) {
            for (NodeFacts n : pipeline.annotate(corpus.resolve(file)).nodes()) {
                String at = file + "\t" + n.node().path() + "\t";
                n.owners().forEach(o -> predicted.get("owners").add(at + label(o.fact().agency().label())));
                n.recipients().forEach(o -> predicted.get("recipients").add(at + label(o.fact().agency().label())));
                n.deadlines().forEach(d -> predicted.get("deadlines").add(at + d.fact().value()));
                n.thresholds().forEach(t -> predicted.get("thresholds").add(at + t.fact().comparator().symbol() + " "
                        + number(t.fact().normValue()) + " " + t.fact().normUnit()));
                n.citations().forEach(c -> predicted.get("citations").add(file + "\t" + citation(c.fact())));
            }
        }
        Map<String, FieldScore> scores = new LinkedHashMap<>();
        for (String f : GoldSet.FIELDS) {
            scores.put(f, FieldScore.of(f, goldKeys(gold, f), predicted.get(f)));
        }
        return scores;
    }

    private static Set<String> goldKeys(GoldSet gold, String field) {
        Set<String> keys = new HashSet<>();
        for (Map<String, String> r : gold.rows(field)) {
            String at = r.get("file") + "\t" + r.get("path") + "\t";
            keys.add(switch (field) {
                case "owners", "recipients" -> at + label(r.get("agency"));
                case "deadlines" -> at + r.get("value");
                case "thresholds" -> at + r.get("comparator") + " " + number(Double.parseDouble(r.get("normValue"))) + " " + r.get("normUnit");
                default -> r.get("file") + "\t" + r.get("relation") + " " + key(r.get("number"), r.get("title"));
            });
        }
        return keys;
    }

    private static String citation(Citation c) {
        return c.relation().name().toLowerCase() + " " + key(c.number(), c.title());
    }

    private static String key(String number, String title) {
        return number != null && !number.isEmpty() ? number : title == null ? "" : title.replaceAll("[\\s\\u3000]", "");
    }

    static String label(String s) {
        return s.replace('(', '（').replace(')', '）').replaceAll("[\\s\\u3000]", "");
    }

    private static String number(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    public static List<String> report(Map<String, FieldScore> scores, int examples) {
        List<String> lines = new java.util.ArrayList<>();
        scores.values().forEach(s -> lines.add(s.line()));
        for (FieldScore s : scores.values()) {
            s.missed().stream().limit(examples).forEach(m -> lines.add("  missed   " + s.field() + "\t" + m));
            s.spurious().stream().limit(examples).forEach(m -> lines.add("  spurious " + s.field() + "\t" + m));
        }
        return lines;
    }
}
