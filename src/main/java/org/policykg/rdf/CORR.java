package org.policykg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The ontology terms, graphs and IRIs of corrections made by a person (ontology/policykg.ttl, "Corrections"). They
 * live apart from {@link PKG} so that the correction layer is read in one place.
 */
public final class CORR {

    /** The corrections as recorded: who changed what, when and why. Written only by the correct command and the API. */
    public static final String GRAPH = PKG.GRAPH + "corrections";
    /** The corrected facts, rebuilt from the corrections after every change and every ingest. */
    public static final String APPLIED_GRAPH = PKG.GRAPH + "corrections-applied";

    public static final Resource Correction = r("Correction");
    public static final Property correctsDocument = p("correctsDocument");
    /** What a correction of an agency node (merge, split) names in place of a document: the node it acts on. */
    public static final Property correctsAgency = p("correctsAgency");
    public static final Property anchorPath = p("anchorPath");
    public static final Property anchorText = p("anchorText");
    public static final Property anchorTask = p("anchorTask");
    public static final Property field = p("field");
    public static final Property valueBefore = p("valueBefore");
    public static final Property valueAfter = p("valueAfter");
    public static final Property note = p("note");
    /** On a corrected obligation (in the applied graph): the correction that changed it. */
    public static final Property correctedBy = p("correctedBy");
    /** On a correction (in the applied graph): anchored, moved or orphaned, and where it applies now. */
    public static final Property anchorStatus = p("anchorStatus");
    public static final Property appliesTo = p("appliesTo");
    public static final Property appliedPath = p("appliedPath");

    public static final String EXTRACTOR = "correction";

    private CORR() {
    }

    public static String correction(String id) {
        return PKG.ID + "correction/" + id;
    }

    /** The id a correction's IRI ends with. */
    public static String idOf(String correctionIri) {
        return correctionIri.substring(correctionIri.lastIndexOf('/') + 1);
    }

    /** A person or office named as the author of corrections. */
    public static String person(String name) {
        return PKG.ID + "person/" + Iris.hash(name).substring(0, 16);
    }

    /** The i-th fact (from 1) a correction puts in place of extracted ones: a role assignment or a deadline. */
    public static String fact(String correctionIri, String kind, int i) {
        return correctionIri + "/" + kind + i;
    }

    /** The obligation a person added to a clause (correct set … obligation): one per correction. */
    public static String addedObligation(String correctionIri) {
        return correctionIri + "/o";
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(PKG.NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(PKG.NS + local);
    }
}
