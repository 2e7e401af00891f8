package org.policykg.correct;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.gazetteer.Level;
import org.policykg.rdf.CORR;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;
import org.policykg.rdf.PROV;
import org.policykg.rdf.QUDT;
import org.policykg.rdf.TIME;

/**
 * Builds the applied-corrections graph: for each placed correction, new role assignments, deadlines or values shaped exactly
 * like extracted ones (so every query, table and calendar reads them unchanged), each marked with the correction
 * (pkg:correctedBy) and attributed to its author; the extracted values they replace are hidden by {@link HiddenFacts}.
 * Of several corrections of one field of one obligation, the latest applies. An added obligation is a new node of
 * that shape; a correction of an agency node rewrites the facts naming it ({@link AgencyChanges}).
 */
final class Applier {

    static final String SUPERSEDED = "superseded";

    private Applier() {
    }

    static Model applied(DatasetGraph dsg, List<Anchoring.Placement> placements) {
        Model m = ModelFactory.createDefaultModel();
        Set<String> done = new HashSet<>();
        List<Correction> merges = new java.util.ArrayList<>();
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
            // several aliases of one agency can be split off, each once
            String key = c.field().kind() == Field.Kind.SPLIT ? " " + c.anchorText() : "";
            if (!done.add(t.obligation() + " " + c.field().slug() + key)) {
                corr.addProperty(CORR.anchorStatus, SUPERSEDED);
                continue;
            }
            corr.addProperty(CORR.anchorStatus, p.status().name().toLowerCase());
            if (c.field().subject() == Field.Subject.AGENCY) {
                AgencyChanges.apply(AgencyChanges.of(dsg, c), m, corr);
                if (c.field() == Field.MERGE_AGENCY) {
                    merges.add(c);
                }
                continue;
            }
            Resource o = m.createResource(t.obligation()).addProperty(CORR.correctedBy, corr);
            int i = 0;
            for (String value : c.after()) {
                i++;
                switch (c.field().kind()) {
                    case ROLE -> role(dsg, m, corr, o, t, c, value, i);
                    case DEADLINE -> deadline(m, corr, o, t, c, value, i);
                    case NUMBER -> o.addProperty(PKG.valueText, value)
                            .addLiteral(QUDT.numericValue, m.createTypedLiteral(normalized(dsg, t, value), XSDDatatype.XSDdecimal));
                    case TEXT -> o.addProperty(c.field().property(), value);
                    case DATE -> o.addLiteral(c.field().property(), m.createTypedLiteral(value, XSDDatatype.XSDdate));
                    case LEVEL -> o.addProperty(c.field().property(), m.createResource(Iris.level(Level.parse(value))));
                    case JURISDICTION -> o.addProperty(c.field().property(), m.createResource(Iris.jurisdiction(jurisdiction(value))));
                    case ADD -> added(m, corr, o, t, c, value);
                    case HIDE, MERGE, SPLIT -> { }
                }
            }
        }
        merges.forEach(c -> AgencyChanges.renamed(m, c));
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

    /** An obligation the parser missed, shaped like an extracted one: its clause, document, text and span. */
    private static void added(Model m, Resource corr, Resource o, Target t, Correction c, String text) {
        o.addProperty(RDF.type, PKG.Obligation).addProperty(PKG.sourceClause, m.createResource(t.clause()))
                .addProperty(PKG.inDocument, m.createResource(c.doc())).addProperty(RDF.value, text)
                .addLiteral(PKG.start, m.createTypedLiteral(String.valueOf(t.start()), XSDDatatype.XSDinteger))
                .addLiteral(PKG.end, m.createTypedLiteral(String.valueOf(t.end()), XSDDatatype.XSDinteger))
                .addProperty(PKG.extractor, CORR.EXTRACTOR + "/" + c.id())
                .addLiteral(PKG.confidence, m.createTypedLiteral(1.0))
                .addProperty(PROV.wasAttributedTo, m.createResource(CORR.person(c.by())));
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

    /**
     * A corrected threshold value in the threshold's normalized unit: scaled as the parser scaled the value it read
     * (5 万吨 → 50000), or as given when that value was no plain number.
     */
    private static String normalized(DatasetGraph dsg, Target t, String value) {
        Node g = NodeFactory.createURI(t.graph());
        Node th = NodeFactory.createURI(t.obligation());
        BigDecimal given = new BigDecimal(value);
        var read = dsg.find(g, th, PKG.valueText.asNode(), Node.ANY);
        var norm = dsg.find(g, th, QUDT.numericValue.asNode(), Node.ANY);
        if (read.hasNext() && norm.hasNext()) {
            try {
                BigDecimal was = new BigDecimal(read.next().getObject().getLiteralLexicalForm().replace(",", ""));
                BigDecimal normWas = new BigDecimal(norm.next().getObject().getLiteralLexicalForm());
                if (was.signum() != 0) {
                    given = given.multiply(normWas).divide(was, MathContext.DECIMAL64);
                }
            } catch (NumberFormatException e) {
                // the parser read a Chinese numeral (五千): its scale is not known here, the value stands as given
            }
        }
        return given.stripTrailingZeros().toPlainString();
    }

    /** The division a corrected jurisdiction names (its labels are in the store's reference data). */
    static Jurisdiction jurisdiction(String value) {
        return Jurisdictions.standard().lookup(value, "").orElseThrow(() -> new IllegalArgumentException(
                "no jurisdiction '" + value + "' in the gazetteer (a code, full name or unambiguous short name)"));
    }

    /** A corrected date as a table prints a deadline: 2021年9月30日前. */
    private static String written(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日前";
    }
}
