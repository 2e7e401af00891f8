package org.policykg.correct;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.rdf.CORR;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;
import org.policykg.rdf.PROV;
import org.policykg.rdf.TIME;

/**
 * Builds the applied-corrections graph: for each placed correction, new role assignments or deadlines shaped exactly
 * like extracted ones (so every query, table and calendar reads them unchanged), each marked with the correction
 * (pkg:correctedBy) and attributed to its author; the extracted values they replace are hidden by {@link HiddenFacts}.
 * Of several corrections of one field of one obligation, the latest applies.
 */
final class Applier {

    static final String SUPERSEDED = "superseded";

    private Applier() {
    }

    static Model applied(DatasetGraph dsg, List<Anchoring.Placement> placements) {
        Model m = ModelFactory.createDefaultModel();
        Set<String> done = new HashSet<>();
        List<Anchoring.Placement> latestFirst = new java.util.ArrayList<>(placements);
        java.util.Collections.reverse(latestFirst);
        for (Anchoring.Placement p : latestFirst) {
            Correction c = p.correction();
            Resource corr = m.createResource(CORR.correction(c.id()));
            if (p.target() == null) {
                corr.addProperty(CORR.anchorStatus, p.status().name().toLowerCase());
                continue;
            }
            Target t = p.target();
            corr.addProperty(CORR.appliesTo, m.createResource(t.obligation())).addProperty(CORR.appliedPath, t.path());
            if (!done.add(t.obligation() + " " + c.field().slug())) {
                corr.addProperty(CORR.anchorStatus, SUPERSEDED);
                continue;
            }
            corr.addProperty(CORR.anchorStatus, p.status().name().toLowerCase());
            Resource o = m.createResource(t.obligation()).addProperty(CORR.correctedBy, corr);
            int i = 0;
            for (String value : c.after()) {
                i++;
                if (c.field().role()) {
                    role(dsg, m, corr, o, t, c, value, i);
                } else {
                    deadline(m, corr, o, t, c, value, i);
                }
            }
        }
        return m;
    }

    private static void role(DatasetGraph dsg, Model m, Resource corr, Resource o, Target t, Correction c, String label, int i) {
        Resource agent = m.createResource(Iris.agency(label)).addProperty(SKOS.prefLabel, label);
        if (!dsg.find(Node.ANY, agent.asNode(), RDF.type.asNode(), Node.ANY).hasNext()) {
            agent.addProperty(RDF.type, PKG.Agency);
        }
        o.addProperty(c.field().property(), agent);
        Resource a = fact(m, CORR.fact(corr.getURI(), "r", i), PKG.RoleAssignment, corr, t, c, i)
                .addProperty(PKG.agent, agent).addProperty(PKG.role, m.createResource(Iris.role(c.field().property().getLocalName())))
                .addProperty(PKG.text, label);
        o.addProperty(PKG.assignment, a);
    }

    private static void deadline(Model m, Resource corr, Resource o, Target t, Correction c, String iso, int i) {
        LocalDate date = LocalDate.parse(iso);
        Resource d = fact(m, CORR.fact(corr.getURI(), "d", i), PKG.Deadline, corr, t, c, i)
                .addProperty(PKG.text, written(date)).addProperty(PKG.value, iso)
                .addProperty(PKG.deadlineKind, "date").addProperty(PKG.timeRelation, "by").addProperty(PKG.due, iso)
                .addLiteral(PKG.dueDate, m.createTypedLiteral(iso, XSDDatatype.XSDdate))
                .addLiteral(TIME.inXSDDate, m.createTypedLiteral(iso, XSDDatatype.XSDdate));
        o.addProperty(PKG.deadline, d);
    }

    /** A fact node with the provenance every fact has: its clause, a span within the obligation, its maker. */
    private static Resource fact(Model m, String iri, Resource type, Resource corr, Target t, Correction c, int i) {
        int start = Math.min(t.start() + i - 1, t.end());
        return m.createResource(iri, type).addProperty(PKG.inClause, m.createResource(t.clause()))
                .addLiteral(PKG.start, m.createTypedLiteral(String.valueOf(start), XSDDatatype.XSDinteger))
                .addLiteral(PKG.end, m.createTypedLiteral(String.valueOf(t.end()), XSDDatatype.XSDinteger))
                .addProperty(PKG.extractor, CORR.EXTRACTOR + "/" + c.id())
                .addLiteral(PKG.confidence, m.createTypedLiteral(1.0))
                .addProperty(CORR.correctedBy, corr)
                .addProperty(PROV.wasAttributedTo, m.createResource(CORR.person(c.by())));
    }

    /** A corrected date as a table prints a deadline: 2021年9月30日前. */
    private static String written(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日前";
    }
}
