package org.policykg.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.policykg.correct.CorrectedDocuments;
import org.policykg.query.QueryCatalog;
import org.policykg.query.Solutions;
import org.policykg.rdf.Iris;
import org.policykg.rdf.MappedDocument;
import org.policykg.rdf.PKG;

/**
 * The rules that look at one document at a time ({@code # scope: document}), run on one document's graph beside
 * the reference graph. Ingest stores their findings in the document's graph with the version of the rules
 * ({@link #attach}), so that the check reads them ({@link #stored}) instead of running these rules over the store;
 * a document stored before, or under other rules, is checked again from its own graph.
 */
public final class DocumentRules {

    private static final String UNCHECKED = "unchecked-documents";

    private final List<Rule> rules;
    /** The rules' queries, parsed once: they run for every document ingested. */
    private final Map<String, Query> parsed = new HashMap<>();
    private final String version;
    private final Query unchecked;

    public DocumentRules(QueryCatalog catalog) {
        this.rules = catalog.all().stream().filter(q -> q.name().startsWith("rules/")).map(Rule::of).filter(Rule::perDocument).toList();
        this.version = version(rules);
        rules.forEach(r -> parsed.put(r.id(), QueryFactory.create(r.query().text())));
        this.unchecked = QueryFactory.create(QueryCatalog.shipped(UNCHECKED).text());
    }

    public List<Rule> rules() {
        return rules;
    }

    /** A hash of the rules' text: findings stored under another version are found again. */
    public String version() {
        return version;
    }

    /** Runs the rules on the document's triples beside {@code reference} and stores their findings and the rules' version with them. */
    public void attach(MappedDocument d, Model reference) {
        Model m = d.model();
        List<RuleRow> rows = run(m, reference, rules.stream().map(Rule::id).toList());
        Resource doc = m.createResource(d.documentIri());
        int i = 0;
        for (RuleRow r : rows) {
            Resource f = m.createResource(Iris.finding(d.documentIri(), ++i), PKG.Finding)
                    .addProperty(PKG.rule, r.rule().id()).addProperty(PKG.severity, r.severity().label())
                    .addProperty(PKG.message, r.message());
            if (!r.focus().isEmpty()) {
                f.addProperty(PKG.focus, m.createResource(r.focus()));
            }
            if (!r.clause().isEmpty()) {
                f.addProperty(PKG.inClause, m.createResource(r.clause()));
            }
            doc.addProperty(PKG.finding, f);
        }
        doc.addProperty(PKG.rulesVersion, version);
    }

    /**
     * The findings of the rules {@code ids} in every document of the store: those stored under the current version,
     * and for the other documents those found now on their own graphs. Runs inside the caller's read transaction.
     */
    List<RuleRow> stored(Dataset ds, Collection<String> ids) {
        List<RuleRow> out = new ArrayList<>();
        // the stored findings know nothing of people's corrections: a corrected document is checked again as corrected
        Map<String, Model> corrected = CorrectedDocuments.of(ds);
        List<StoredFindings.Row> stored = new ArrayList<>(StoredFindings.read(ds.asDatasetGraph(), Node.ANY,
                PKG.rulesVersion.asNode(), versionLiteral().asNode()));
        // the order of queries/findings.rq, which the check read them by
        stored.sort(Comparator.comparing(StoredFindings.Row::doc).thenComparing(StoredFindings.Row::rule)
                .thenComparing(StoredFindings.Row::message));
        for (StoredFindings.Row s : stored) {
            rule(s.rule()).filter(r -> ids.contains(r.id()) && !corrected.containsKey(s.doc())).ifPresent(r ->
                    out.add(new RuleRow(r, Severity.parse(s.severity()), s.focus(), s.doc(), s.clause(), s.message())));
        }
        List<String> graphs = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(unchecked).substitution("version", versionLiteral()).build()) {
            qe.execSelect().forEachRemaining(s -> graphs.add(Solutions.text(s, "graph")));
        }
        Model reference = ds.getNamedModel(PKG.REFERENCE_GRAPH);
        for (String g : graphs.stream().distinct().toList()) {
            Model copy = ModelFactory.createDefaultModel().add(ds.getNamedModel(g));
            out.addAll(run(copy, reference, ids).stream().filter(r -> !corrected.containsKey(r.doc())).toList());
        }
        corrected.forEach((doc, copy) -> out.addAll(run(copy, reference, ids).stream().filter(r -> r.doc().equals(doc)).toList()));
        return out;
    }

    private List<RuleRow> run(Model doc, Model reference, Collection<String> ids) {
        Model union = ModelFactory.createUnion(doc, reference);
        List<RuleRow> rows = new ArrayList<>();
        for (Rule r : rules) {
            if (ids.contains(r.id())) {
                try (QueryExecution qe = QueryExecution.model(union).query(parsed.get(r.id())).build()) {
                    rows.addAll(RuleRow.of(r, qe));
                }
            }
        }
        return rows;
    }

    private Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private Literal versionLiteral() {
        return ResourceFactory.createStringLiteral(version);
    }

    private static String version(List<Rule> rules) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            rules.forEach(r -> sha.update(r.query().text().getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
