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
    /** The SKOS schemes: industries, aspects, roles. */
    public static final String SCHEMES_GRAPH = GRAPH + "schemes";
    /** The cross-document links (document chain, clause alignments), rewritten after every ingest. */
    public static final String LINKS_GRAPH = GRAPH + "links";
    /** What the cross-document pass has still to do and what its stored alignments were computed from. */
    public static final String LINK_STATE_GRAPH = GRAPH + "link-state";
    /** The findings of the rules that compare documents and of the SHACL shapes, per document (derived, see check/FamilyChecks). */
    public static final String CHECKS_GRAPH = GRAPH + "checks";
    /** The whole-corpus queries' rows, kept by the cross-document pass (org.policykg.summary). */
    public static final String SUMMARIES_GRAPH = GRAPH + "summaries";
    /** The stored triple counts of the large shared graphs ({@code graph pkg:tripleCount n}), kept by their writers (org.policykg.summary.GraphSizes). */
    public static final String SIZES_GRAPH = GRAPH + "sizes";
    /** The keys the parameterised lookups find names and titles by (derived, see org.policykg.lookup). */
    public static final String LOOKUP_GRAPH = GRAPH + "lookup";
    /** The columns of the stored rows: one property per column name of the query (col:agency, col:deadlines …). */
    public static final String COLUMN_NS = "https://w3id.org/policykg/ontology/summary#";

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
    public static final Resource Obligation = r("Obligation");
    public static final Resource RoleAssignment = r("RoleAssignment");
    public static final Resource Agency = r("Agency");
    public static final Resource CollectiveActor = r("CollectiveActor");
    public static final Resource FunctionalRole = r("FunctionalRole");
    public static final Resource Deadline = r("Deadline");
    public static final Resource Threshold = r("Threshold");
    public static final Resource Citation = r("Citation");
    public static final Resource Standard = r("Standard");
    public static final Resource NameChange = r("NameChange");
    public static final Resource Finding = r("Finding");

    public static final Property inDocument = p("inDocument");
    public static final Property path = p("path");
    public static final Property marker = p("marker");
    public static final Property heading = p("heading");
    public static final Property ordinal = p("ordinal");
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
    public static final Property sourceFormat = p("sourceFormat");
    /** The whole text the spans (pkg:start, pkg:end) of the document's nodes count in. */
    public static final Property sourceText = p("sourceText");
    public static final Property page = p("page");
    public static final Property sourceFile = p("sourceFile");
    public static final Property sourcePath = p("sourcePath");
    public static final Property overridden = p("overridden");
    public static final Property clauseCount = p("clauseCount");
    public static final Property numberedClauseCount = p("numberedClauseCount");
    public static final Property paragraphCount = p("paragraphCount");
    public static final Property tableCount = p("tableCount");
    public static final Property rowCount = p("rowCount");
    public static final Property tripleCount = p("tripleCount");
    public static final Property sourceClause = p("sourceClause");
    public static final Property inClause = p("inClause");
    public static final Property task = p("task");
    public static final Property lead = p("lead");
    public static final Property support = p("support");
    public static final Property responsible = p("responsible");
    public static final Property recipient = p("recipient");
    public static final Property assignment = p("assignment");
    public static final Property agent = p("agent");
    public static final Property role = p("role");
    public static final Property extractor = p("extractor");
    public static final Property confidence = p("confidence");
    public static final Property deadline = p("deadline");
    public static final Property timeframe = p("timeframe");
    public static final Property text = p("text");
    public static final Property value = p("value");
    public static final Property due = p("due");
    public static final Property dueDate = p("dueDate");
    public static final Property begin = p("begin");
    public static final Property until = p("until");
    public static final Property yearly = p("yearly");
    public static final Property deadlineKind = p("deadlineKind");
    public static final Property timeRelation = p("timeRelation");
    public static final Property threshold = p("threshold");
    public static final Property subject = p("subject");
    public static final Property attribute = p("attribute");
    public static final Property comparator = p("comparator");
    public static final Property valueText = p("valueText");
    public static final Property unitText = p("unitText");
    public static final Property exception = p("exception");
    public static final Property group = p("group");
    public static final Property citation = p("citation");
    public static final Property relation = p("relation");
    public static final Property citedNumber = p("citedNumber");
    public static final Property citedTitle = p("citedTitle");
    public static final Property cited = p("cited");
    public static final Property aspect = p("aspect");
    public static final Property industry = p("industry");
    public static final Property successor = p("successor");
    public static final Property alignedWith = p("alignedWith");
    public static final Property score = p("score");
    public static final Property linkPending = p("linkPending");
    public static final Property alignmentBatch = p("alignmentBatch");
    public static final Property alignmentInput = p("alignmentInput");
    public static final Property linkGeneration = p("linkGeneration");
    public static final Property oldName = p("oldName");
    public static final Property newName = p("newName");
    public static final Property scope = p("scope");
    public static final Property from = p("from");
    /** A document's stored rule findings, and the version of the per-document rules that found them. */
    public static final Property finding = p("finding");
    public static final Property rulesVersion = p("rulesVersion");
    /** The version of the rules comparing documents and of the shapes whose findings the checks graph holds for a document. */
    public static final Property checksVersion = p("checksVersion");
    public static final Property rule = p("rule");
    public static final Property severity = p("severity");
    public static final Property focus = p("focus");
    public static final Property message = p("message");

    public static final Resource SummaryRow = r("SummaryRow");
    public static final Property summaryQuery = p("summaryQuery");
    public static final Property summaryOf = p("summaryOf");
    public static final Property summaryPending = p("summaryPending");
    public static final Property summaryVersion = p("summaryVersion");
    public static final Property sortGroup = p("sortGroup");
    public static final Property sortGroupOf = p("sortGroupOf");
    public static final Property sortKind = p("sortKind");
    public static final Property sortPrefix = p("sortPrefix");
    public static final Property sortGroupVersion = p("sortGroupVersion");

    public static final Property nameGram = p("nameGram");
    public static final Property keyedName = p("keyedName");
    public static final Property titleKey = p("titleKey");
    public static final Property lookupVersion = p("lookupVersion");

    private PKG() {
    }

    /** The property holding a stored row's value of a query's column. */
    public static Property column(String name) {
        return ResourceFactory.createProperty(COLUMN_NS + name);
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
