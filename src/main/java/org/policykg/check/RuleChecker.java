package org.policykg.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.vocabulary.RDF;
import org.policykg.query.QueryCatalog;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;
import org.springframework.stereotype.Component;

/**
 * Runs the rule checks of queries/rules/ and the SHACL shapes, in one read transaction, and places every finding in
 * its document. The rules that look at one document read the findings stored at ingest ({@link DocumentRules}), the
 * rules that compare documents and the shapes those the cross-document pass stored ({@link FamilyChecks}); only the
 * rules on the corrections graph, and the shapes on the shared graphs' own nodes, run over the store now.
 */
@Component
public class RuleChecker {

    private final List<Rule> rules;
    private final DocumentRules documentRules;
    private final FamilyChecks familyChecks;
    private final KgStore store;
    private final ShaclCheck shacl = new ShaclCheck();

    RuleChecker(QueryCatalog catalog, KgStore store) {
        this.rules = catalog.all().stream().filter(q -> q.name().startsWith("rules/")).map(Rule::of).toList();
        this.documentRules = new DocumentRules(catalog);
        this.familyChecks = new FamilyChecks(catalog);
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
            List<String> perDocument = documentRules.rules().stream().map(Rule::id).filter(ran::contains).toList();
            if (!perDocument.isEmpty()) {
                documentRules.stored(ds, perDocument).forEach(r -> out.add(r.locate(locator)));
            }
            // a shape's finding on a node two documents (or a document and a shared graph) hold is found with each: reported once
            Set<RuleRow> shaclRows = new LinkedHashSet<>();
            boolean family = ran.contains(ShaclCheck.RULE) || familyChecks.rules().stream().anyMatch(r -> ran.contains(r.id()));
            for (RuleRow r : family ? familyChecks.stored(ds, ran) : List.<RuleRow>of()) {
                if (r.rule() == FamilyChecks.SHACL) {
                    shaclRows.add(r);
                } else {
                    out.add(r.locate(locator));
                }
            }
            for (Rule r : rules) {
                if (ran.contains(r.id()) && r.scope() == Rule.Scope.CORRECTIONS) {
                    try (QueryExecution qe = QueryExecution.dataset(ds).query(r.query().text()).build()) {
                        RuleRow.of(r, qe).forEach(row -> out.add(row.locate(locator)));
                    }
                }
            }
            if (ran.contains(ShaclCheck.RULE)) {
                Graph data = new MultiUnion(new Graph[] {sharedGraphs(ds), new TypesOf(ds.asDatasetGraph().getUnionGraph())});
                shacl.validate(data).forEach(s -> shaclRows.add(new RuleRow(FamilyChecks.SHACL, s.severity(), s.focus(), "", "", s.message())));
            }
            shaclRows.forEach(r -> out.add(r.locate(locator)));
            return out;
        });
        return new CheckReport(findings, ran);
    }

    /**
     * The graphs that hold no document (ontology, reference, links, corrections …), as one graph without copying: the
     * shapes judge their own nodes here (the documents' nodes were judged with their documents). TDB2 lists graph names
     * from its index without a scan. The checks graph holds findings only, which no shape needs to judge.
     */
    private static Graph sharedGraphs(Dataset ds) {
        DatasetGraph dsg = ds.asDatasetGraph();
        MultiUnion shared = new MultiUnion();
        dsg.listGraphNodes().forEachRemaining(name -> {
            if (!name.equals(CheckStore.GRAPH) && !dsg.contains(name, Node.ANY, RDF.type.asNode(), PKG.PolicyDocument.asNode())) {
                shared.addGraph(dsg.getGraph(name));
            }
        });
        return shared;
    }
}
