package org.policykg.summary;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;

/**
 * The groups by which agencies.rq reads its stored rows in order without sorting them all: the rows of one kind whose
 * names start with the same {@link #PREFIX} characters form a group, the query sorts the groups (far fewer than the
 * rows) and then one group's rows at a time, so its first page reads the first groups only. A row points to its
 * group ({@code row pkg:sortGroup g}); a group holds its kind and prefix. Groups are only ever added: one whose rows
 * were all dropped yields nothing. Kept in {@link SummaryKeys#GRAPH} with the rows.
 */
public final class SortGroups {

    /** Bumped when the groups change meaning: a store whose groups have another version gets them filled again. */
    static final long VERSION = 1;
    /** The summarised query whose rows are grouped; its ORDER BY is its kind column, then its name column. */
    static final String QUERY = "agencies";
    /**
     * How many characters of a name its group holds: the same as the SUBSTR of agencies.rq. Three hold a place's name
     * (湛江市, 上海市), so the groups are about the corpus's places: far fewer than the rows, and each a few dozen rows.
     */
    static final int PREFIX = 3;
    private static final Node GRAPH = SummaryKeys.GRAPH;
    private static final Node VERSION_NODE = NodeFactory.createLiteralDT(Long.toString(VERSION), XSDDatatype.XSDinteger);
    private static final Node QUERY_NODE = NodeFactory.createLiteralString(QUERY);

    private SortGroups() {
    }

    /** Whether the store's rows have no groups of this version (stored before the groups were kept): call in a transaction. */
    public static boolean missing(DatasetGraph dsg) {
        return !dsg.contains(GRAPH, GRAPH, PKG.sortGroupVersion.asNode(), VERSION_NODE);
    }

    /**
     * Groups every stored row of the query from its stored kind and name, without computing any row again; returns
     * how many rows were grouped. Call in a write transaction.
     */
    public static int fill(DatasetGraph dsg) {
        clear(dsg);
        List<Triple> added = new ArrayList<>();
        int[] rows = {0};
        dsg.find(GRAPH, Node.ANY, PKG.summaryQuery.asNode(), QUERY_NODE).forEachRemaining(q -> {
            Node row = q.getSubject();
            Node kind = first(dsg, row, PKG.column("kind").asNode());
            Node name = first(dsg, row, PKG.column("agency").asNode());
            if (kind != null && name != null) {
                added.addAll(of(row, kind, name));
                rows[0]++;
            }
        });
        GraphSizes.addAll(dsg, GRAPH, added);
        mark(dsg);
        return rows[0];
    }

    /** The triples that put one stored row in its group, made from its kind and name as stored. */
    static List<Triple> of(Node row, Node kind, Node name) {
        String lex = name.getLiteralLexicalForm();
        int[] cps = lex.codePoints().limit(PREFIX).toArray();
        String prefixText = new String(cps, 0, cps.length);
        // the prefix keeps the name's language, so that groups sort as their names do
        String lang = name.getLiteralLanguage();
        Node prefix = lang.isEmpty() ? NodeFactory.createLiteralString(prefixText) : NodeFactory.createLiteralLang(prefixText, lang);
        Node group = NodeFactory.createURI(Iris.sortGroup(QUERY, kind.getLiteralLexicalForm(), prefix.toString()));
        return List.of(
                Triple.create(group, PKG.sortGroupOf.asNode(), QUERY_NODE),
                Triple.create(group, PKG.sortKind.asNode(), kind),
                Triple.create(group, PKG.sortPrefix.asNode(), prefix),
                Triple.create(row, PKG.sortGroup.asNode(), group));
    }

    /** Removes the groups (of another version) and the rows' links to them. */
    private static void clear(DatasetGraph dsg) {
        List<Node> groups = new ArrayList<>();
        dsg.find(GRAPH, Node.ANY, PKG.sortGroupOf.asNode(), QUERY_NODE).forEachRemaining(q -> groups.add(q.getSubject()));
        groups.forEach(g -> GraphSizes.deleteAny(dsg, GRAPH, g, Node.ANY, Node.ANY));
        GraphSizes.deleteAny(dsg, GRAPH, Node.ANY, PKG.sortGroup.asNode(), Node.ANY);
    }

    /** Records that every stored row of the query is grouped. */
    static void mark(DatasetGraph dsg) {
        GraphSizes.deleteAny(dsg, GRAPH, GRAPH, PKG.sortGroupVersion.asNode(), Node.ANY);
        GraphSizes.add(dsg, GRAPH, GRAPH, PKG.sortGroupVersion.asNode(), VERSION_NODE);
    }

    private static Node first(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(GRAPH, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
