package org.policykg.link;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.rdf.ELI;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;

/** Hand-made document graphs in the shape DocumentMapper writes, for tests of the cross-document pass. */
final class GraphFixture {

    private final Model m = ModelFactory.createDefaultModel();
    private final Resource doc;
    private int ordinal;

    GraphFixture(String iri, String title, Jurisdiction place, Integer year) {
        doc = m.createResource(iri, PKG.PolicyDocument).addProperty(ELI.title, title)
                .addProperty(PKG.level, m.createResource(Iris.level(place.level())))
                .addProperty(PKG.jurisdiction, m.createResource(Iris.jurisdiction(place)));
        if (year != null) {
            doc.addLiteral(PKG.planYear, m.createTypedLiteral(String.valueOf(year), XSDDatatype.XSDgYear));
        }
    }

    GraphFixture number(String number) {
        doc.addProperty(ELI.id_local, number);
        return this;
    }

    GraphFixture alternativeTitle(String title) {
        doc.addProperty(ELI.title_alternative, title);
        return this;
    }

    GraphFixture clause(String path, String text) {
        m.createResource(doc.getURI() + "/c" + (++ordinal), PKG.Clause).addProperty(PKG.inDocument, doc).addProperty(PKG.path, path)
                .addProperty(RDF.value, text).addLiteral(PKG.ordinal, m.createTypedLiteral(ordinal, XSDDatatype.XSDinteger));
        return this;
    }

    /** A citation in the document's first clause; {@code number} or {@code title} may be null. */
    GraphFixture cites(String relation, String number, String title) {
        Resource clause = m.createResource(doc.getURI() + "/c1");
        Resource stub = m.createResource(Iris.cited(false, number, title), PKG.StubDocument);
        if (number != null) {
            stub.addProperty(ELI.id_local, number);
        }
        if (title != null) {
            stub.addProperty(ELI.title, title);
        }
        m.createResource(clause.getURI() + "/cit" + m.listSubjectsWithProperty(RDF.type, PKG.Citation).toList().size(), PKG.Citation)
                .addProperty(PKG.relation, relation).addProperty(PKG.cited, stub).addProperty(PKG.inClause, clause);
        doc.addProperty(relation.equals("implements") ? ELI.ensures_implementation_of : ELI.cites, stub);
        return this;
    }

    void storeIn(KgStore store) {
        store.replaceGraph(PKG.GRAPH + "doc/" + doc.getURI().hashCode(), m);
    }
}
