package org.policykg.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.policykg.correct.CorrectionLayer;
import org.policykg.query.QueryCatalog;
import org.policykg.store.KgStore;
import org.springframework.stereotype.Component;

/**
 * Runs the rule checks of queries/rules/ and the SHACL shapes over the whole graph, in one read transaction,
 * and places every finding in its document. The rules that look at one document read the findings stored at
 * ingest ({@link DocumentRules}) instead of running over the whole store.
 */
@Component
public class RuleChecker {

    private final List<Rule> rules;
    private final DocumentRules documentRules;
    private final KgStore store;
    private final ShaclCheck shacl = new ShaclCheck();
    private final CorrectionLayer corrections;

    RuleChecker(QueryCatalog catalog, KgStore store, CorrectionLayer corrections) {
        this.rules = catalog.all().stream().filter(q -> q.name().startsWith("rules/")).map(Rule::of).toList();
        this.documentRules = new DocumentRules(catalog);
        this.store = store;
        this.corrections = corrections;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Every rule and the shapes. */
    public CheckReport check() {
        return check(Set.of());
    }

    /** Only the rules with these ids ("shacl" for the shapes); all of them when the set is empty. */
    public CheckReport check(Collection<String> only) {
        List<String> known = new ArrayList<>(rules.stream().map(Rule::id).toList());
        known.add(ShaclCheck.RULE);
        for (String id : only) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("no rule '" + id + "' (known: " + String.join(", ", known) + ")");
            }
        }
        List<String> ran = known.stream().filter(id -> only.isEmpty() || only.contains(id)).toList();
        List<Finding> findings = store.read(ds -> {
            FindingLocator locator = new FindingLocator(ds.getUnionModel());
            List<Finding> out = new ArrayList<>();
            List<String> perDocument = documentRules.rules().stream().map(Rule::id).filter(ran::contains).toList();
            if (!perDocument.isEmpty()) {
                documentRules.stored(ds, perDocument).forEach(r -> out.add(r.locate(locator)));
            }
            for (Rule r : rules) {
                if (ran.contains(r.id()) && !r.perDocument()) {
                    try (QueryExecution qe = QueryExecution.dataset(ds).query(r.query().text()).build()) {
                        RuleRow.of(r, qe).forEach(row -> out.add(row.locate(locator)));
                    }
                }
            }
            if (ran.contains(ShaclCheck.RULE)) {
                // in the query view: a corrected value and the extracted one it replaces are not two values
                for (ShaclCheck.Result s : shacl.validate(corrections.union(store).getGraph())) {
                    out.add(locator.locate(ShaclCheck.RULE, "SHACL shape", s.severity(), s.focus(), "", "", s.message()));
                }
            }
            return out;
        });
        return new CheckReport(findings, ran);
    }
}
