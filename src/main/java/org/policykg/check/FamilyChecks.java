package org.policykg.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.policykg.query.QueryCatalog;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;
import org.apache.jena.system.Txn;

/**
 * The rules that compare a document with others ({@link Rule.Scope#FAMILY}: a child plan with its parents, a report
 * with the levels of the bodies involved) and the SHACL shapes, run for one document at a time on its
 * {@link Neighbourhood} in memory, which gives the rows the rules give for that document over the whole store. The
 * cross-document pass stores them in the checks graph ({@link CheckStore}) for the documents a change touches; the
 * check reads them, and finds anew those of the documents not stored yet.
 */
public final class FamilyChecks {

    /** The findings of the shapes, as rows of a rule. */
    static final Rule SHACL = new Rule(ShaclCheck.RULE, "SHACL shape", Severity.WARNING, "", Rule.Scope.FAMILY, null);

    /** Documents checked per write transaction at the least: bounds the work a crash loses on a small store. */
    private static final int PER_COMMIT = 200;
    /**
     * Write transactions for a fill at the most: TDB2 copies every block a transaction touches, and stored findings
     * land all over the indexes, so many small commits on a large store would write it to disk many times over.
     */
    private static final int MAX_COMMITS = 8;
    private static final String CHILD = "child";

    private final List<Rule> rules;
    private final Map<String, Query> parsed;
    /** The rules that pair plans: their child is {@value #CHILD}. */
    private final Set<String> pairing;
    private final ShaclCheck shacl = new ShaclCheck();
    private final String version;

    public FamilyChecks(QueryCatalog catalog) {
        this.rules = catalog.all().stream().filter(q -> q.name().startsWith("rules/")).map(Rule::of)
                .filter(r -> r.scope() == Rule.Scope.FAMILY).toList();
        this.parsed = rules.stream().collect(Collectors.toMap(Rule::id, r -> QueryFactory.create(r.query().text())));
        this.pairing = parsed.entrySet().stream()
                .filter(e -> OpVars.mentionedVars(Algebra.compile(e.getValue())).contains(Var.alloc(CHILD)))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        this.version = version(rules);
    }

    List<Rule> rules() {
        return rules;
    }

    /** A hash of these rules' text and of the shapes: findings stored under another version are found again. */
    String version() {
        return version;
    }

    /** The rows of the rules {@code ids} ("shacl" for the shapes) for one document. */
    List<RuleRow> find(Neighbourhood n, Node doc, Collection<String> ids) {
        Graph own = n.own(doc);
        List<RuleRow> rows = new ArrayList<>();
        if (rules.stream().anyMatch(r -> ids.contains(r.id()))) {
            Model union = ModelFactory.createUnion(ModelFactory.createModelForGraph(n.of(doc, own)), n.shared());
            for (Rule r : rules) {
                if (ids.contains(r.id())) {
                    var exec = QueryExecution.model(union).query(parsed.get(r.id()));
                    // a rule pairing plans looks at this document as the child only, not at the pairs among its parents
                    if (pairing.contains(r.id())) {
                        exec.substitution(CHILD, ResourceFactory.createResource(doc.getURI()));
                    }
                    try (QueryExecution qe = exec.build()) {
                        RuleRow.of(r, qe).stream().filter(row -> row.doc().equals(doc.getURI())).forEach(rows::add);
                    }
                }
            }
        }
        if (ids.contains(ShaclCheck.RULE)) {
            for (ShaclCheck.Result s : shacl.validate(n.shapesData(own))) {
                // the shared graphs' own nodes are judged once, by the check (see RuleChecker)
                if (own.contains(s.node(), Node.ANY, Node.ANY)) {
                    rows.add(new RuleRow(SHACL, s.severity(), s.focus(), doc.getURI(), "", s.message()));
                }
            }
        }
        return rows;
    }

    /**
     * The rows of the rules {@code ids} for every stored document: read from the checks graph where stored under the
     * current version, found anew for the others. Inside the caller's read transaction.
     */
    List<RuleRow> stored(Dataset ds, Collection<String> ids) {
        Map<String, Rule> byId = rules.stream().collect(Collectors.toMap(Rule::id, Function.identity()));
        byId.put(SHACL.id(), SHACL);
        List<RuleRow> out = new ArrayList<>();
        CheckStore store = new CheckStore(ds, version);
        for (StoredFindings.Row s : store.rows()) {
            Rule r = byId.get(s.rule());
            if (r != null && ids.contains(r.id())) {
                out.add(new RuleRow(r, Severity.parse(s.severity()), s.focus(), s.doc(), s.clause(), s.message()));
            }
        }
        Set<Node> unchecked = store.unchecked();
        if (!unchecked.isEmpty()) {
            Neighbourhood n = new Neighbourhood(ds);
            unchecked.forEach(d -> out.addAll(find(n, d, ids)));
        }
        return out;
    }

    /**
     * The documents whose findings a change of {@code changed} (stored, replaced) may alter: themselves, the plans
     * they are a parent of, and, for a body they name from a jurisdiction no other document names it from (its level
     * may change), every document naming it. Inside a transaction; call before and after the links change.
     */
    public Set<Node> touchedBy(Dataset ds, Collection<String> changed) {
        Neighbourhood n = new Neighbourhood(ds);
        Set<Node> docs = changed.stream().map(NodeFactory::createURI).collect(Collectors.toCollection(LinkedHashSet::new));
        if (docs.containsAll(n.documents())) {
            return docs;
        }
        Set<Node> graphs = docs.stream().map(n::graph).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<Node> touched = new LinkedHashSet<>(docs);
        Set<Node> agents = new LinkedHashSet<>();
        for (Node doc : docs) {
            if (n.graph(doc) != null) {
                touched.addAll(n.pairs(doc, "parent", "child"));
                n.own(doc).find(Node.ANY, PKG.agent.asNode(), Node.ANY).forEachRemaining(t -> agents.add(t.getObject()));
            }
        }
        for (Node agent : agents) {
            Set<Node> naming = n.graphsNaming(agent);
            Set<Node> before = new LinkedHashSet<>();
            Set<Node> now = new LinkedHashSet<>();
            naming.forEach(g -> (graphs.contains(g) ? now : before).addAll(n.places(g, agent)));
            if (!before.containsAll(now)) {
                naming.stream().map(n::documentOf).filter(Objects::nonNull).forEach(touched::add);
            }
        }
        return touched;
    }

    /** Drops the stored findings of {@code docs} (all when they are every stored document): the next {@link #fill} finds them again. */
    public void forget(Dataset ds, Set<Node> docs) {
        if (docs.containsAll(new Neighbourhood(ds).documents())) {
            CheckStore.forgetAll(ds.asDatasetGraph());
        } else {
            CheckStore.forget(ds.asDatasetGraph(), docs);
        }
    }

    /**
     * Finds and stores the findings of every unchecked document, at least {@value #PER_COMMIT} documents and at most
     * {@value #MAX_COMMITS} write transactions, so that a pass cut short keeps what it stored and the next one goes on;
     * returns how many documents.
     */
    public int fill(KgStore store) {
        int unchecked = store.read(ds -> new CheckStore(ds, version).unchecked().size());
        if (unchecked == 0) {
            return 0;
        }
        int perCommit = Math.max(PER_COMMIT, (unchecked + MAX_COMMITS - 1) / MAX_COMMITS);
        int total = 0;
        for (int n; (n = Txn.calculateWrite(store.dataset(), () -> fill(store.dataset(), perCommit))) > 0; ) {
            total += n;
        }
        return total;
    }

    private int fill(Dataset ds, int atMost) {
        CheckStore store = new CheckStore(ds, version);
        List<Node> todo = store.unchecked().stream().limit(atMost).toList();
        if (todo.isEmpty()) {
            return 0;
        }
        Neighbourhood n = new Neighbourhood(ds);
        Set<String> all = new LinkedHashSet<>(rules.stream().map(Rule::id).toList());
        all.add(ShaclCheck.RULE);
        for (Node doc : todo) {
            store.put(doc, find(n, doc, all));
        }
        return todo.size();
    }

    private static String version(List<Rule> rules) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            rules.forEach(r -> sha.update(r.query().text().getBytes(StandardCharsets.UTF_8)));
            sha.update(ShaclCheck.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
