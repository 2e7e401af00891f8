package org.policykg.correct;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.policykg.rdf.CORR;
import org.policykg.rdf.PROV;

/** Corrections as RDF (the corrections graph, and its Turtle export): one pkg:Correction node each, with PROV-O. */
final class CorrectionRecords {

    private CorrectionRecords() {
    }

    static Model model(List<Correction> corrections) {
        Model m = ModelFactory.createDefaultModel();
        corrections.forEach(c -> add(m, c));
        return m;
    }

    static void add(Model m, Correction c) {
        Resource person = m.createResource(CORR.person(c.by()), PROV.Agent).addProperty(RDFS.label, c.by());
        Resource r = m.createResource(CORR.correction(c.id()), CORR.Correction).addProperty(RDF.type, PROV.Entity)
                .addProperty(c.field().subject() == Field.Subject.AGENCY ? CORR.correctsAgency : CORR.correctsDocument,
                        m.createResource(c.doc()))
                .addProperty(CORR.anchorPath, c.path())
                .addLiteral(CORR.anchorTask, m.createTypedLiteral(String.valueOf(c.task()), XSDDatatype.XSDinteger))
                .addProperty(CORR.anchorText, c.anchorText())
                .addProperty(CORR.field, c.field().slug())
                .addProperty(CORR.valueBefore, Correction.joined(c.before()))
                .addProperty(CORR.valueAfter, Correction.joined(c.after()))
                .addProperty(PROV.wasAttributedTo, person)
                .addLiteral(PROV.generatedAtTime, m.createTypedLiteral(c.time().toString(), XSDDatatype.XSDdateTime));
        if (!c.note().isEmpty()) {
            r.addProperty(CORR.note, c.note());
        }
    }

    /** The corrections a model holds, oldest first; a node missing a required part is an error naming it. */
    static List<Correction> read(Model m) {
        List<Correction> out = new ArrayList<>();
        m.listResourcesWithProperty(RDF.type, CORR.Correction).forEachRemaining(r -> out.add(correction(r)));
        out.sort(Comparator.comparing(Correction::time).thenComparing(Correction::id));
        return out;
    }

    private static Correction correction(Resource r) {
        Resource person = required(r, PROV.wasAttributedTo).getResource();
        Statement label = person.getProperty(RDFS.label);
        Statement note = r.getProperty(CORR.note);
        Field field = Field.parse(string(r, CORR.field));
        Property corrects = field.subject() == Field.Subject.AGENCY ? CORR.correctsAgency : CORR.correctsDocument;
        return new Correction(CORR.idOf(r.getURI()), required(r, corrects).getResource().getURI(),
                string(r, CORR.anchorPath), required(r, CORR.anchorTask).getInt(), string(r, CORR.anchorText),
                field, Correction.values(field, string(r, CORR.valueBefore)),
                Correction.values(field, string(r, CORR.valueAfter)), label == null ? person.getURI() : label.getString(),
                Instant.parse(string(r, PROV.generatedAtTime)), note == null ? "" : note.getString());
    }

    private static String string(Resource r, Property p) {
        return required(r, p).getLiteral().getLexicalForm();
    }

    private static Statement required(Resource r, Property p) {
        Statement s = r.getProperty(p);
        if (s == null) {
            throw new IllegalArgumentException("correction " + r.getURI() + " has no " + p.getLocalName());
        }
        return s;
    }
}
