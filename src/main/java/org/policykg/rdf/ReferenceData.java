package org.policykg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Jurisdictions;

/** The reference graph: the jurisdiction gazetteer as RDF, so queries can walk the administrative tree. */
public final class ReferenceData {

    private ReferenceData() {
    }

    public static Model jurisdictions(Jurisdictions all) {
        Model m = ModelFactory.createDefaultModel();
        for (Jurisdiction j : all.all()) {
            Resource r = m.createResource(Iris.jurisdiction(j), PKG.Jurisdiction);
            r.addProperty(RDFS.label, j.name());
            if (!j.shortName().equals(j.name())) {
                r.addProperty(SKOS.altLabel, j.shortName());
            }
            r.addProperty(PKG.divisionCode, j.code());
            r.addProperty(PKG.level, m.createResource(Iris.level(j.level())));
            all.parent(j).ifPresent(p -> r.addProperty(PKG.within, m.createResource(Iris.jurisdiction(p))));
        }
        return m;
    }
}
