package org.policykg.web.reader;

import static org.policykg.query.Solutions.integer;
import static org.policykg.query.Solutions.text;
import static org.policykg.query.Solutions.textOrNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.policykg.correct.Correction;
import org.policykg.correct.CorrectionLayer;
import org.policykg.correct.CorrectionService;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.policykg.rdf.CORR;
import org.springframework.stereotype.Component;

/**
 * A document's facts for the reader (queries/web/document-facts.rq), with people's corrections: a fact a correction
 * made is told by what the parser read, who, when and why, and placed at the start of its obligation as a mark of no
 * width; an extracted fact a correction replaced (held by an obligation as extracted, no longer in the corrected view)
 * is marked replaced. A document no correction applies to is read once, as before.
 */
@Component
class ReaderFacts {

    private final QueryCatalog catalog;
    private final QueryRunner runner;
    private final CorrectionService corrections;

    ReaderFacts(QueryCatalog catalog, QueryRunner runner, CorrectionService corrections) {
        this.catalog = catalog;
        this.runner = runner;
        this.corrections = corrections;
    }

    List<Fact> of(String docIri) {
        Map<String, Correction> placed = new HashMap<>();
        corrections.list().stream().filter(l -> l.correction().doc().equals(docIri) && !l.status().equals("orphaned"))
                .forEach(l -> placed.put(CORR.correction(l.correction().id()), l.correction()));
        Map<String, String> params = Map.of("doc", docIri);
        List<QuerySolution> rows = new ArrayList<>();
        runner.select(catalog.get("web/document-facts"), params).forEachRemaining(rows::add);
        Set<String> linkedAsExtracted = new HashSet<>();
        if (!placed.isEmpty()) {
            CorrectionLayer.asExtracted(() -> {
                runner.select(catalog.get("web/document-facts"), params).forEachRemaining(s -> {
                    if (s.getLiteral("linked").getBoolean()) {
                        linkedAsExtracted.add(text(s, "fact"));
                    }
                });
                return null;
            });
        }
        Map<String, Integer> obligationStart = new HashMap<>();
        rows.stream().filter(s -> madeBy(s) != null).forEach(s -> obligationStart.merge(madeBy(s), integer(s, "start"), Math::min));
        List<Fact> facts = new ArrayList<>();
        for (QuerySolution s : rows) {
            String correction = textOrNull(s, "correction");
            Correction c = correction == null ? null : placed.get(correction);
            String made = madeBy(s);
            int start = made == null ? integer(s, "start") : obligationStart.get(made);
            boolean replaced = linkedAsExtracted.contains(text(s, "fact")) && !s.getLiteral("linked").getBoolean();
            facts.add(new Fact(text(s, "kind"), start, made == null ? integer(s, "end") : start, text(s, "text"), text(s, "value"),
                    s.getLiteral("confidence").getDouble(), text(s, "relation"), textOrNull(s, "target"),
                    "true".equals(text(s, "targetStored")), c == null ? null : told(c), replaced));
        }
        return facts;
    }

    /** The correction that made this fact (its IRI is the correction's, extended), else null. */
    private static String madeBy(QuerySolution s) {
        String correction = textOrNull(s, "correction");
        return correction != null && text(s, "fact").startsWith(correction + "/") ? correction : null;
    }

    /** 原抽取值“湛江市发展和改革局”（admin，2026-12-06：note）. */
    static String told(Correction c) {
        String before = c.before().isEmpty() ? "无" : "“" + Correction.joined(c.before()) + "”";
        return "原抽取值" + before + "（" + c.by() + "，" + c.time().toString().substring(0, 10)
                + (c.note().isBlank() ? "" : "：" + c.note()) + "）";
    }
}
