package org.policykg.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.rdf.PKG;

/**
 * The facts of a clause that a lower level may change: its owners (lead, support and responsible bodies of its
 * obligation, by canonical label), its deadlines and its thresholds (as written).
 */
final class ClauseFacts {

    static final String OWNER = "owner";
    static final String DEADLINE = "deadline";
    static final String THRESHOLD = "threshold";
    private static final List<Property> OWNERS = List.of(PKG.lead, PKG.support, PKG.responsible);

    private ClauseFacts() {
    }

    /** Kind → values, each sorted; a kind the clause has none of is absent. */
    static Map<String, Set<String>> of(Model m, Resource clause) {
        Map<String, Set<String>> facts = new TreeMap<>();
        for (Resource o : m.listSubjectsWithProperty(PKG.sourceClause, clause).toList()) {
            for (Property p : OWNERS) {
                for (RDFNode agent : m.listObjectsOfProperty(o, p).toList()) {
                    Statement label = agent.asResource().getProperty(SKOS.prefLabel);
                    if (label != null) {
                        facts.computeIfAbsent(OWNER, k -> new TreeSet<>()).add(label.getString());
                    }
                }
            }
        }
        for (Resource f : m.listSubjectsWithProperty(PKG.inClause, clause).toList()) {
            String kind = f.hasProperty(RDF.type, PKG.Deadline) ? DEADLINE : f.hasProperty(RDF.type, PKG.Threshold) ? THRESHOLD : null;
            Statement text = f.getProperty(PKG.text);
            if (kind != null && text != null) {
                facts.computeIfAbsent(kind, k -> new TreeSet<>()).add(text.getString().strip());
            }
        }
        return facts;
    }

    /** The kinds both clauses have, with different values. */
    static List<FactChange> changes(Map<String, Set<String>> higher, Map<String, Set<String>> lower) {
        List<FactChange> out = new ArrayList<>();
        for (String kind : List.of(OWNER, DEADLINE, THRESHOLD)) {
            Set<String> h = higher.get(kind);
            Set<String> l = lower.get(kind);
            if (h != null && l != null && !h.equals(l)) {
                out.add(new FactChange(kind, List.copyOf(h), List.copyOf(l)));
            }
        }
        return out;
    }
}
