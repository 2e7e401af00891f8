package org.policykg.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.policykg.annotate.agency.Successions;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;

/**
 * The renames of the 2018 institutional reform (gazetteer/reform-2018.tsv) as {@code pkg:NameChange} nodes of
 * the reference graph: old and new formal name, the jurisdiction whose bodies changed (and everything within
 * it), and the date from which the old name is out of date. Rules compare agency labels against them.
 */
public final class NameChanges {

    public static final String SOURCE = "gazetteer/reform-2018.tsv";

    private NameChanges() {
    }

    public static Model model(Jurisdictions jurisdictions) {
        Model m = ModelFactory.createDefaultModel();
        for (Successions.Change c : Successions.standard().changes()) {
            Jurisdiction where = jurisdictions.byCode(c.scope()).orElseThrow(() -> new IllegalStateException(
                    SOURCE + ": unknown jurisdiction code '" + c.scope() + "'"));
            Resource r = m.createResource(Iris.nameChange(c.old(), c.replacement(), where.code()), PKG.NameChange);
            r.addProperty(PKG.oldName, c.old())
                    .addProperty(PKG.newName, c.replacement())
                    .addProperty(PKG.scope, m.createResource(Iris.jurisdiction(where)))
                    .addLiteral(PKG.from, m.createTypedLiteral(c.from().toString(), XSDDatatype.XSDdate))
                    .addProperty(RDFS.label, c.old() + " → " + c.replacement() + " (" + where.name() + ", " + c.from() + ")");
        }
        return m;
    }
}
