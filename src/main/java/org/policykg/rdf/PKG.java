package org.policykg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PolicyKG ontology (ontology/policykg.ttl) and the IRI spaces of its data. */
public final class PKG {

    public static final String NS = "https://w3id.org/policykg/ontology#";
    public static final String ID = "https://w3id.org/policykg/id/";
    public static final String GRAPH = "https://w3id.org/policykg/graph/";
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    public static final String REFERENCE_GRAPH = GRAPH + "reference";

    public static final Resource PolicyDocument = r("PolicyDocument");
    public static final Resource StubDocument = r("StubDocument");
    public static final Resource Clause = r("Clause");
    public static final Resource Paragraph = r("Paragraph");
    public static final Resource Table = r("Table");
    public static final Resource TableRow = r("TableRow");
    public static final Resource TableCell = r("TableCell");
    public static final Resource CoveringNotice = r("CoveringNotice");
    public static final Resource Attachment = r("Attachment");
    public static final Resource Jurisdiction = r("Jurisdiction");

    public static final Property inDocument = p("inDocument");
    public static final Property path = p("path");
    public static final Property marker = p("marker");
    public static final Property heading = p("heading");
    public static final Property ordinal = p("ordinal");
    public static final Property depth = p("depth");
    public static final Property start = p("start");
    public static final Property end = p("end");
    public static final Property caption = p("caption");
    public static final Property columns = p("columns");
    public static final Property cell = p("cell");
    public static final Property column = p("column");
    public static final Property columnIndex = p("columnIndex");
    public static final Property rowNumber = p("rowNumber");
    public static final Property jurisdiction = p("jurisdiction");
    public static final Property level = p("level");
    public static final Property planYear = p("planYear");
    public static final Property divisionCode = p("divisionCode");
    public static final Property within = p("within");
    public static final Property issuerName = p("issuerName");
    public static final Property addressees = p("addressees");
    public static final Property copyTo = p("copyTo");
    public static final Property signature = p("signature");
    public static final Property printedBy = p("printedBy");
    public static final Property publicity = p("publicity");
    public static final Property attachmentNote = p("attachmentNote");
    public static final Property sha256 = p("sha256");
    public static final Property charset = p("charset");
    public static final Property sourceFile = p("sourceFile");
    public static final Property overridden = p("overridden");
    public static final Property clauseCount = p("clauseCount");

    private PKG() {
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
