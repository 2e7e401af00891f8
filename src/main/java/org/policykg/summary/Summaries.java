package org.policykg.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.vocabulary.RDF;
import org.policykg.correct.CorrectionLayer;
import org.policykg.query.QueryCatalog;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;

/**
 * The rows of the whole-corpus queries that group the store by body (agencies, agency-calendars), kept in graph
 * {@link PKG#SUMMARIES_GRAPH} so that their first page reads a few thousand stored rows instead of grouping every
 * obligation. A body's rows are what the query itself answers for that body (its {@code live} parameter), so they
 * equal the query's answer over the documents. The cross-document pass refreshes the rows of the bodies the
 * documents it processes name, and those of the documents they replaced ({@link SummaryKeys#stale}), in the
 * transaction that clears their pending marks; so its work follows the documents, not the store.
 */
public final class Summaries {

    /** Bumped when a summarised query's rows change meaning: a store whose rows have another version is rebuilt. */
    static final long VERSION = 1;
    /** The summarised queries and the column holding their key, a body's IRI. */
    static final Map<String, String> QUERIES = Map.of("agencies", "agent", "agency-calendars", "agency");
    private static final Node GRAPH = SummaryKeys.GRAPH;
    private static final Node VERSION_NODE = NodeFactory.createLiteralDT(Long.toString(VERSION), XSDDatatype.XSDinteger);

    private Summaries() {
    }

    /** Whether the store's rows are missing or of another version (a store built before them): call in a transaction. */
    public static boolean missing(DatasetGraph dsg) {
        return !dsg.contains(GRAPH, GRAPH, PKG.summaryVersion.asNode(), VERSION_NODE);
    }

    /**
     * Refreshes the rows of the bodies that {@code docs} (document IRIs, stored) name and of the replaced documents'
     * bodies; everything when the rows are missing. Returns how many bodies were refreshed. Call in a write transaction.
     */
    public static int update(Dataset ds, Collection<String> docs) {
        DatasetGraph dsg = ds.asDatasetGraph();
        if (missing(dsg)) {
            return rebuild(ds);
        }
        Set<Node> keys = new LinkedHashSet<>(SummaryKeys.pending(dsg));
        for (String doc : docs) {
            dsg.find(Node.ANY, NodeFactory.createURI(doc), RDF.type.asNode(), PKG.PolicyDocument.asNode())
                    .forEachRemaining(q -> keys.addAll(SummaryKeys.of(dsg, q.getGraph())));
        }
        refresh(ds, keys);
        return keys.size();
    }

    /** Every row computed afresh, into an emptied graph. Call in a write transaction. */
    public static int rebuild(Dataset ds) {
        DatasetGraph dsg = ds.asDatasetGraph();
        clear(dsg);
        // every row is stored from now on with its group
        SortGroups.mark(dsg);
        Set<Node> keys = SummaryKeys.of(dsg, Node.ANY);
        refresh(ds, keys);
        return keys.size();
    }

    /** Empties the summaries: the next pass that completes rebuilds them (the full pass marks every document pending). */
    public static void clear(DatasetGraph dsg) {
        GraphSizes.clear(dsg, GRAPH);
    }

    private static void refresh(Dataset ds, Set<Node> keys) {
        DatasetGraph dsg = ds.asDatasetGraph();
        for (Map.Entry<String, String> q : QUERIES.entrySet()) {
            Query query = QueryFactory.create(QueryCatalog.shipped(q.getKey()).text());
            for (Node key : keys) {
                drop(dsg, q.getKey(), key);
                store(dsg, q.getKey(), q.getValue(), key, rows(ds, query, key));
            }
        }
        SummaryKeys.clearPending(dsg);
        GraphSizes.deleteAny(dsg, GRAPH, GRAPH, PKG.summaryVersion.asNode(), Node.ANY);
        GraphSizes.add(dsg, GRAPH, GRAPH, PKG.summaryVersion.asNode(), VERSION_NODE);
        // rows stored before the groups were kept (their fill is the pass's with nothing pending)
        if (SortGroups.missing(dsg)) {
            SortGroups.fill(dsg);
        }
    }

    /**
     * The query's answer for one body, computed from the documents as extracted: the bodies a correction touches are
     * computed live in the corrected view, so stored rows must not carry a correction that may later be undone.
     */
    private static List<QuerySolution> rows(Dataset ds, Query query, Node key) {
        Query live = QueryTransformOps.replaceVars(query, Map.of(Var.alloc("live"), key));
        return CorrectionLayer.asExtracted(() -> {
            List<QuerySolution> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(live).build()) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(rows::add);
            }
            return rows;
        });
    }

    private static void store(DatasetGraph dsg, String query, String keyColumn, Node key, List<QuerySolution> rows) {
        List<Triple> added = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            QuerySolution row = rows.get(i);
            Node r = NodeFactory.createURI(Iris.summaryRow(query, key.getURI(), i));
            added.add(Triple.create(r, RDF.type.asNode(), PKG.SummaryRow.asNode()));
            added.add(Triple.create(r, PKG.summaryQuery.asNode(), NodeFactory.createLiteralString(query)));
            added.add(Triple.create(r, PKG.summaryOf.asNode(), key));
            row.varNames().forEachRemaining(v -> {
                if (!v.equals(keyColumn) && row.get(v) != null) {
                    added.add(Triple.create(r, PKG.column(v).asNode(), row.get(v).asNode()));
                }
            });
            if (query.equals(SortGroups.QUERY)) {
                added.addAll(SortGroups.of(r, row.get("kind").asNode(), row.get("agency").asNode()));
            }
        }
        GraphSizes.addAll(dsg, GRAPH, added);
    }

    private static void drop(DatasetGraph dsg, String query, Node key) {
        Node name = NodeFactory.createLiteralString(query);
        List<Node> rows = new ArrayList<>();
        dsg.find(GRAPH, Node.ANY, PKG.summaryOf.asNode(), key).forEachRemaining(q -> {
            if (dsg.contains(GRAPH, q.getSubject(), PKG.summaryQuery.asNode(), name)) {
                rows.add(q.getSubject());
            }
        });
        rows.forEach(r -> GraphSizes.deleteAny(dsg, GRAPH, r, Node.ANY, Node.ANY));
    }
}
