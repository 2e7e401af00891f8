package org.policykg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.annotate.DocumentFacts;
import org.policykg.annotate.obligation.NodeFacts;
import org.policykg.read.KeptText;
import org.policykg.read.Overrides;
import org.policykg.read.SourceDocument;
import org.policykg.structure.DocumentHead;
import org.policykg.structure.DocumentMetadata;
import org.policykg.structure.Node;
import org.policykg.structure.ParsedDocument;

/** Maps one parsed document to the triples of its named graph. A pure function of its inputs. */
public final class DocumentMapper {

    public MappedDocument map(DocumentFacts facts) {
        SourceDocument src = facts.source();
        ParsedDocument doc = facts.parsed();
        DocumentMetadata meta = facts.metadata();
        Map<Node, List<NodeFacts>> factsOf = new HashMap<>();
        facts.nodes().forEach(f -> factsOf.computeIfAbsent(f.node(), k -> new ArrayList<>()).add(f));
        String key = Iris.documentKey(meta, src.sha256());
        String docIri = Iris.document(key);
        Model m = ModelFactory.createDefaultModel();
        // the ELI classes are asserted as well, so that outside queries find documents and subdivisions without inference
        Resource d = m.createResource(docIri, PKG.PolicyDocument).addProperty(RDF.type, ELI.LegalResource);
        describe(m, d, src, doc.head(), meta, facts.overrides());
        // spans refer to the text the file keeps; a flattened document's are to its reflowed text (see structure/Reflow)
        KeptText spanned = doc.text().equals(src.text()) ? src.content() : KeptText.of(doc.text());
        CodePoints cp = new CodePoints(spanned);
        // kept whole, so that any span can be cut out and shown even without the source file
        d.addProperty(PKG.sourceText, spanned.kept());
        FactMapper factMapper = new FactMapper(m, d, cp, facts);
        List<Node> nodes = doc.nodes();
        int ordinal = 0;
        for (Node n : nodes) {
            Resource r = m.createResource(Iris.subdivision(docIri, n.codePath()), typeOf(n))
                    .addProperty(RDF.type, ELI.LegalResourceSubdivision);
            Resource parent = n.parent() == null ? d : m.createResource(Iris.subdivision(docIri, n.parent().codePath()));
            r.addProperty(ELI.is_part_of, parent);
            parent.addProperty(ELI.has_part, r);
            r.addProperty(PKG.inDocument, d);
            r.addLiteral(PKG.ordinal, m.createTypedLiteral(++ordinal, XSDDatatype.XSDinteger));
            r.addProperty(PKG.path, n.path());
            r.addProperty(RDF.value, doc.textOf(n));
            span(m, r, cp, n.start(), n.end());
            // offsets of the parsed text; reflow only adds line breaks to very long lines, so pages stay right
            int page = src.pageAt(n.start());
            if (page > 0) {
                r.addLiteral(PKG.page, m.createTypedLiteral(page, XSDDatatype.XSDinteger));
            }
            optional(r, PKG.marker, n.marker());
            optional(r, PKG.heading, n.heading());
            optional(r, PKG.caption, n.caption());
            optional(r, PKG.rowNumber, n.rowNumber());
            if (!n.columns().isEmpty()) {
                r.addProperty(PKG.columns, String.join(" | ", n.columns()));
            }
            for (Node.Cell c : n.cells()) {
                Resource cell = m.createResource(NodeIris.cell(r.getURI(), c.index()), PKG.TableCell);
                r.addProperty(PKG.cell, cell);
                cell.addProperty(PKG.column, c.column());
                cell.addLiteral(PKG.columnIndex, m.createTypedLiteral(c.index(), XSDDatatype.XSDinteger));
                cell.addProperty(RDF.value, doc.text().substring(c.start(), c.end()));
                span(m, cell, cp, c.start(), c.end());
            }
            int unit = 0;
            for (NodeFacts f : factsOf.getOrDefault(n, List.of())) {
                unit++;
                if (f.obligation() || !f.isEmpty()) {
                    factMapper.map(r, f, unit, doc.text().substring(f.start(), f.end()));
                }
            }
        }
        d.addLiteral(PKG.clauseCount, m.createTypedLiteral(nodes.size(), XSDDatatype.XSDinteger));
        // per kind, so that the store's totals (query stats) add up documents instead of scanning every subdivision
        count(m, d, PKG.numberedClauseCount, nodes, Node.Kind.CLAUSE);
        count(m, d, PKG.paragraphCount, nodes, Node.Kind.PARAGRAPH);
        count(m, d, PKG.tableCount, nodes, Node.Kind.TABLE);
        count(m, d, PKG.rowCount, nodes, Node.Kind.ROW);
        return new MappedDocument(key, docIri, Iris.documentGraph(key), meta.title(), src.fileName(), src.sourcePath(), nodes.size(), m,
                Identity.of(meta));
    }

    private static void describe(Model m, Resource d, SourceDocument src, DocumentHead h, DocumentMetadata meta, Overrides o) {
        d.addProperty(ELI.title, meta.title());
        d.addProperty(RDFS.label, meta.title());
        optional(d, ELI.title_alternative, meta.alternativeTitle());
        optional(d, ELI.id_local, meta.number());
        if (meta.dateIssued() != null) {
            d.addLiteral(ELI.date_document, m.createTypedLiteral(meta.dateIssued().toString(), XSDDatatype.XSDdate));
        }
        if (meta.planYear() != null) {
            d.addLiteral(PKG.planYear, m.createTypedLiteral(String.valueOf(meta.planYear()), XSDDatatype.XSDgYear));
        }
        if (meta.jurisdiction() != null) {
            d.addProperty(PKG.jurisdiction, m.createResource(Iris.jurisdiction(meta.jurisdiction())));
        }
        if (meta.level() != null) {
            d.addProperty(PKG.level, m.createResource(Iris.level(meta.level())));
        }
        if (meta.issuer() != null) {
            d.addProperty(PKG.issuerName, meta.issuer());
            Resource agency = m.createResource(Iris.agency(meta.issuer()), ORG.Organization);
            agency.addProperty(SKOS.prefLabel, meta.issuer());
            d.addProperty(ELI.passed_by, agency);
        }
        optional(d, PKG.addressees, h.addressees() == null ? null : h.addressees().text());
        optional(d, PKG.copyTo, h.copyTo());
        optional(d, PKG.signature, h.signature());
        optional(d, PKG.printedBy, h.printedBy());
        optional(d, PKG.publicity, h.publicity());
        optional(d, PKG.attachmentNote, h.attachmentNote());
        d.addProperty(PKG.sourceFile, src.fileName());
        d.addProperty(PKG.sourcePath, src.sourcePath());
        d.addProperty(PKG.sha256, src.sha256());
        d.addProperty(PKG.charset, src.charset());
        d.addProperty(PKG.sourceFormat, src.format().mediaType());
        if (src.page().published() != null) {
            d.addLiteral(ELI.date_publication, m.createTypedLiteral(src.page().published().toString(), XSDDatatype.XSDdate));
        }
        optional(d, ELI.publisher, src.page().publisher());
        meta.overridden().forEach(f -> d.addProperty(PKG.overridden, f));
        if (o.file() != null && !meta.overridden().isEmpty()) {
            d.addProperty(PROV.wasDerivedFrom, m.createResource(o.file().toAbsolutePath().toUri().toString()));
        }
    }

    /**
     * Records how many triples the document's graph holds, this one included: call it last, once nothing more is
     * added to the graph (after the per-document rules' findings).
     */
    public static void countTriples(MappedDocument doc) {
        Model m = doc.model();
        m.createResource(doc.documentIri()).addLiteral(PKG.tripleCount, m.createTypedLiteral(m.size() + 1, XSDDatatype.XSDinteger));
    }

    private static void count(Model m, Resource d, Property p, List<Node> nodes, Node.Kind kind) {
        d.addLiteral(p, m.createTypedLiteral(nodes.stream().filter(n -> n.kind() == kind).count(), XSDDatatype.XSDinteger));
    }

    private static Resource typeOf(Node n) {
        return switch (n.kind()) {
            case NOTICE -> PKG.CoveringNotice;
            case ATTACHMENT -> PKG.Attachment;
            case CLAUSE -> PKG.Clause;
            case PARAGRAPH -> PKG.Paragraph;
            case TABLE -> PKG.Table;
            case ROW -> PKG.TableRow;
        };
    }

    private static void span(Model m, Resource r, CodePoints cp, int start, int end) {
        r.addLiteral(PKG.start, m.createTypedLiteral(cp.at(start), XSDDatatype.XSDinteger));
        r.addLiteral(PKG.end, m.createTypedLiteral(cp.at(end), XSDDatatype.XSDinteger));
    }

    private static void optional(Resource r, Property p, String v) {
        if (v != null && !v.isBlank()) {
            r.addProperty(p, v);
        }
    }
}
