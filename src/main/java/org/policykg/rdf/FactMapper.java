package org.policykg.rdf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.annotate.DocumentFacts;
import org.policykg.annotate.agency.AgencyMention;
import org.policykg.annotate.agency.Successions;
import org.policykg.annotate.citation.Citation;
import org.policykg.annotate.citation.CitationKind;
import org.policykg.annotate.deadline.Deadline;
import org.policykg.annotate.obligation.NodeFacts;
import org.policykg.annotate.obligation.NodeFacts.Located;
import org.policykg.annotate.role.Role;
import org.policykg.annotate.role.RoleFact;
import org.policykg.annotate.threshold.Threshold;

/**
 * Maps the facts of one subdivision to triples. Every fact node carries its provenance: the clause it was
 * read from, its character span, the extractor that read it and a confidence.
 */
final class FactMapper {

    static final String VERSION = "0.1.0";
    private static final Map<Role, Property> ROLE_PROPERTY = Map.of(Role.LEAD, PKG.lead, Role.SUPPORT, PKG.support,
            Role.RESPONSIBLE, PKG.responsible, Role.RECIPIENT, PKG.recipient);

    private final Model m;
    private final Resource doc;
    private final CodePoints cp;
    private final DocumentFacts facts;

    FactMapper(Model m, Resource doc, CodePoints cp, DocumentFacts facts) {
        this.m = m;
        this.doc = doc;
        this.cp = cp;
        this.facts = facts;
    }

    /** {@code unit} counts the tasks of one subdivision from 1; the later ones get IRIs of their own (…/u2/o). */
    void map(Resource clause, NodeFacts f, int unit, String unitText) {
        Resource holder = clause;
        String base = NodeIris.taskUnit(clause.getURI(), unit);
        if (f.obligation()) {
            holder = m.createResource(NodeIris.obligation(base), PKG.Obligation);
            holder.addProperty(PKG.sourceClause, clause).addProperty(PKG.inDocument, doc).addProperty(RDF.value, unitText);
            if (f.task() != null) {
                holder.addProperty(PKG.task, f.task());
            }
            span(holder, f.start(), f.end());
            for (String a : f.tags().aspects()) {
                holder.addProperty(PKG.aspect, m.createResource(a));
            }
            for (String a : f.tags().industries()) {
                holder.addProperty(PKG.industry, m.createResource(a));
            }
            int i = 0;
            for (Located<RoleFact> o : concat(f.owners(), f.recipients())) {
                assign(holder, clause, o, ++i);
            }
        }
        Property due = f.obligation() ? PKG.deadline : PKG.timeframe;
        int i = 0;
        for (Located<Deadline> d : f.deadlines()) {
            holder.addProperty(due, deadline(clause, base, d, ++i));
        }
        i = 0;
        for (Located<Threshold> t : f.thresholds()) {
            holder.addProperty(PKG.threshold, threshold(clause, base, t, ++i));
        }
        i = 0;
        for (Located<Citation> c : f.citations()) {
            citation(clause, base, c, ++i);
        }
    }

    private void assign(Resource obligation, Resource clause, Located<RoleFact> o, int i) {
        RoleFact f = o.fact();
        Resource agency = agency(f.agency());
        obligation.addProperty(ROLE_PROPERTY.get(f.role()), agency);
        Resource a = fact(NodeIris.roleAssignment(obligation.getURI(), i), PKG.RoleAssignment, clause, o.start(), o.end(), "roles", f.confidence());
        a.addProperty(PKG.agent, agency).addProperty(PKG.role, m.createResource(Iris.role(f.role().slug())))
                .addProperty(PKG.text, f.agency().written());
        obligation.addProperty(PKG.assignment, a);
    }

    private Resource agency(AgencyMention mention) {
        Resource type = switch (mention.kind()) {
            case AGENCY -> PKG.Agency;
            case COLLECTIVE -> PKG.CollectiveActor;
            case ROLE -> PKG.FunctionalRole;
        };
        Resource a = m.createResource(Iris.agency(mention.label()), type).addProperty(SKOS.prefLabel, mention.label());
        if (mention.kind() == AgencyMention.Kind.AGENCY) {
            a.addProperty(RDF.type, ORG.Organization);
        }
        if (!mention.written().equals(mention.label())) {
            a.addProperty(SKOS.altLabel, mention.written());
        }
        if (mention.jurisdiction() != null) {
            a.addProperty(PKG.jurisdiction, m.createResource(Iris.jurisdiction(mention.jurisdiction())));
        }
        succession(a, type, facts.renamesOf(mention));
        return a;
    }

    /** The 2018 reform in ORG terms: an org:ChangeEvent from the old body to the one that replaced it. */
    private void succession(Resource agency, Resource type, List<Successions.Rename> renames) {
        Resource before = agency;
        for (Successions.Rename r : renames) {
            Resource after = m.createResource(Iris.agency(r.successor()), type).addProperty(SKOS.prefLabel, r.successor());
            if (type.equals(PKG.Agency)) {
                after.addProperty(RDF.type, ORG.Organization);
                Resource event = m.createResource(Iris.change(r.label(), r.successor()), ORG.ChangeEvent);
                event.addProperty(ORG.originalOrganization, before).addProperty(ORG.resultingOrganization, after)
                        .addLiteral(DCTerms.date, m.createTypedLiteral(r.from().toString(), XSDDatatype.XSDdate));
                before.addProperty(ORG.changedBy, event);
            }
            before.addProperty(PKG.successor, after);
            before = after;
        }
    }

    private Resource deadline(Resource clause, String base, Located<Deadline> l, int i) {
        Deadline d = l.fact();
        Resource r = fact(NodeIris.deadline(base, i), PKG.Deadline, clause, l.start(), l.end(), "deadlines", 0.95);
        r.addProperty(PKG.text, d.text()).addProperty(PKG.value, d.value())
                .addProperty(PKG.deadlineKind, d.kind().name().toLowerCase()).addProperty(PKG.timeRelation, d.relation().name().toLowerCase());
        switch (d.kind()) {
            case DATE -> {
                date(r, PKG.dueDate, d.date().toString());
                r.addProperty(TIME.inXSDDate, m.createTypedLiteral(d.date().toString(), XSDDatatype.XSDdate));
                r.addProperty(PKG.due, d.date().toString());
            }
            case INTERVAL -> {
                date(r, PKG.begin, d.begin().toString());
                date(r, PKG.until, d.until().toString());
                date(r, PKG.dueDate, d.until().toString());
                r.addProperty(PKG.due, d.until().toString());
            }
            case YEARLY -> {
                r.addProperty(PKG.yearly, m.createTypedLiteral(d.yearly().toString(), XSDDatatype.XSDgMonthDay));
                r.addProperty(PKG.due, d.yearly().toString());
                if (d.date() != null) {
                    date(r, PKG.dueDate, d.date().toString());
                }
            }
            case DURATION -> r.addProperty(TIME.hasXSDDuration,
                    m.createTypedLiteral(d.duration().toString(), XSDDatatype.XSDduration));
            case NOW, ONGOING -> { }
            case RECURRING -> {
                r.addProperty(TIME.hasXSDDuration,
                        m.createTypedLiteral(d.duration().toString(), XSDDatatype.XSDduration));
                if (d.date() != null) {
                    date(r, PKG.dueDate, d.date().toString());
                    r.addProperty(PKG.due, d.date().toString());
                }
            }
            case MONTHLY -> r.addProperty(PKG.due, d.value());
        }
        return r;
    }

    private Resource threshold(Resource clause, String base, Located<Threshold> l, int i) {
        Threshold t = l.fact();
        Resource r = fact(NodeIris.threshold(base, i), PKG.Threshold, clause, l.start(), l.end(), "thresholds", 0.9);
        r.addProperty(PKG.text, t.text()).addProperty(PKG.comparator, t.comparator().symbol())
                .addProperty(PKG.valueText, t.value()).addProperty(PKG.unitText, t.unit() == null ? "" : t.unit())
                .addLiteral(QUDT.numericValue,
                        m.createTypedLiteral(new BigDecimal(Double.toString(t.normValue())).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal))
                .addProperty(QUDT.unit, m.createResource(QUDT.unitIri(t.normUnit())))
                .addLiteral(PKG.group, m.createTypedLiteral(t.group(), XSDDatatype.XSDinteger));
        optional(r, PKG.subject, t.subject());
        optional(r, PKG.attribute, t.attribute());
        optional(r, PKG.exception, t.exception());
        return r;
    }

    private void citation(Resource clause, String base, Located<Citation> l, int i) {
        Citation c = l.fact();
        Resource r = fact(NodeIris.citation(base, i), PKG.Citation, clause, l.start(), l.end(), "citations", 0.95);
        String relation = c.relation().name().toLowerCase();
        r.addProperty(PKG.relation, relation).addProperty(PKG.text, c.text());
        optional(r, PKG.citedNumber, c.number());
        optional(r, PKG.citedTitle, c.title());
        Resource target = m.createResource(Iris.cited(c.kind() == CitationKind.STANDARD, c.number(), c.title()),
                c.kind() == CitationKind.STANDARD ? PKG.Standard : PKG.StubDocument);
        if (c.kind() != CitationKind.STANDARD) {
            target.addProperty(RDF.type, ELI.LegalResource);
        }
        optional(target, ELI.id_local, c.number());
        optional(target, ELI.title, c.title());
        r.addProperty(PKG.cited, target);
        doc.addProperty(relation.equals("implements") ? ELI.ensures_implementation_of : ELI.cites, target);
    }

    private Resource fact(String iri, Resource type, Resource clause, int start, int end, String extractor, double confidence) {
        Resource r = m.createResource(iri, type);
        r.addProperty(PKG.inClause, clause);
        span(r, start, end);
        r.addProperty(PKG.extractor, "policykg-" + extractor + "/" + VERSION);
        r.addLiteral(PKG.confidence, m.createTypedLiteral(confidence));
        return r;
    }

    private void span(Resource r, int start, int end) {
        r.addLiteral(PKG.start, m.createTypedLiteral(cp.at(start), XSDDatatype.XSDinteger));
        r.addLiteral(PKG.end, m.createTypedLiteral(cp.at(end), XSDDatatype.XSDinteger));
    }

    private void date(Resource r, Property p, String iso) {
        r.addLiteral(p, m.createTypedLiteral(iso, XSDDatatype.XSDdate));
    }

    private static void optional(Resource r, Property p, String v) {
        if (v != null && !v.isBlank()) {
            r.addProperty(p, v);
        }
    }

    private static List<Located<RoleFact>> concat(List<Located<RoleFact>> a, List<Located<RoleFact>> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
