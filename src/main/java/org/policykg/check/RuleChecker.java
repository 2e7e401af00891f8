package org.policykg.check;

import static org.policykg.query.Solutions.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.policykg.query.NamedQuery;
import org.policykg.query.QueryCatalog;
import org.policykg.store.KgStore;
import org.springframework.stereotype.Component;

/**
 * Runs the rule checks of queries/rules/ and the SHACL shapes over the whole graph, in one read transaction,
 * and places every finding in its document.
 */
@Component
public class RuleChecker {

    private final List<Rule> rules;
    private final KgStore store;
    private final ShaclCheck shacl = new ShaclCheck();

    RuleChecker(QueryCatalog catalog, KgStore store) {
        this.rules = catalog.all().stream().filter(q -> q.name().startsWith("rules/")).map(Rule::of).toList();
        this.store = store;
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
            for (Rule r : rules) {
                if (ran.contains(r.id())) {
                    out.addAll(run(ds, r, locator));
                }
            }
            if (ran.contains(ShaclCheck.RULE)) {
                for (ShaclCheck.Result s : shacl.validate(ds.getUnionModel().getGraph())) {
                    out.add(locator.locate(ShaclCheck.RULE, "SHACL shape", s.severity(), s.focus(), "", "", s.message()));
                }
            }
            return out;
        });
        return new CheckReport(findings, ran);
    }

    private static List<Finding> run(Dataset ds, Rule rule, FindingLocator locator) {
        NamedQuery q = rule.query();
        List<Finding> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q.text()).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> {
                String severity = text(s, "severity");
                out.add(locator.locate(rule.id(), rule.title(), severity.isEmpty() ? rule.severity() : Severity.parse(severity),
                        text(s, "focus"), text(s, "doc"), text(s, "clause"), text(s, "message")));
            });
        }
        return out;
    }
}
