package org.policykg.correct;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;
import org.springframework.stereotype.Component;

/**
 * Corrections of the agency nodes: two nodes that are one body merged, or a form written for a node split off to a node
 * of its own. A body is named by its label (or IRI) as {@code query agencies} lists it; a correction is anchored on the
 * node's IRI, which is derived from the label, so it applies again after every ingest while a document names the body.
 */
@Component
public class AgencyCorrections {

    private final KgStore store;
    private final CorrectionService corrections;

    AgencyCorrections(KgStore store, CorrectionService corrections) {
        this.store = store;
        this.corrections = corrections;
    }

    /** Merges {@code merged} into {@code kept}: its obligations, aliases and links become the kept node's. */
    public Correction merge(String kept, String merged, String by, String note) {
        String into = label(kept);
        String away = label(merged);
        if (into.equals(away)) {
            throw new IllegalArgumentException("'" + kept + "' and '" + merged + "' are the same agency");
        }
        return corrections.save(correction(Field.MERGE_AGENCY, Iris.agency(away), away, List.of(away), into, by, note));
    }

    /**
     * Splits the form {@code alias} off {@code agency}: the roles written so move to the agency named {@code as} (the alias
     * itself when null).
     */
    public Correction split(String agency, String alias, String as, String by, String note) {
        String label = label(agency);
        String written = alias.strip();
        String into = as == null || as.isBlank() ? written : as.strip();
        if (into.equals(label)) {
            throw new IllegalArgumentException("the split-off agency needs a name other than '" + label + "' (--as NAME)");
        }
        Set<String> forms = store.read(ds -> forms(ds.asDatasetGraph(), NodeFactory.createURI(Iris.agency(label))));
        if (!forms.contains(written)) {
            throw new IllegalArgumentException("no role of " + label + " is written '" + written + "' (it is written: "
                    + String.join("、", forms) + ")");
        }
        return corrections.save(correction(Field.SPLIT_ALIAS, Iris.agency(label), written, List.of(label), into, by, note));
    }

    private static Correction correction(Field field, String agency, String anchor, List<String> before, String after, String by,
                                         String note) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new Correction(Correction.newId(agency + " " + anchor, StoredFacts.DOCUMENT_PATH, 1, field, now), agency,
                StoredFacts.DOCUMENT_PATH, 1, anchor, field, before, List.of(after), by, now, note);
    }

    /** The label of a stored agency named by its label or IRI; an error naming it when there is none. */
    private String label(String name) {
        String given = name.strip();
        return store.read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Node node = NodeFactory.createURI(given.startsWith("http") ? given : Iris.agency(given));
            var labels = dsg.find(Node.ANY, node, SKOS.prefLabel.asNode(), Node.ANY);
            if (!AgencyChanges.stored(dsg, node) || !labels.hasNext()) {
                throw new IllegalArgumentException("no agency '" + given + "' in the store (query agencies lists them by label)");
            }
            return labels.next().getObject().getLiteralLexicalForm();
        });
    }

    /** The forms a node's roles are written in, in the extracted graphs. */
    private static Set<String> forms(DatasetGraph dsg, Node agency) {
        Set<String> out = new TreeSet<>();
        dsg.find(Node.ANY, Node.ANY, PKG.agent.asNode(), agency).forEachRemaining(q -> {
            if (AgencyChanges.extracted(q.getGraph())) {
                dsg.find(q.getGraph(), q.getSubject(), PKG.text.asNode(), Node.ANY)
                        .forEachRemaining(t -> out.add(t.getObject().getLiteralLexicalForm()));
            }
        });
        return out;
    }
}
