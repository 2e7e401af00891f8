package org.policykg.link;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.policykg.rdf.PKG;
import org.policykg.rdf.PROV;

/** The graph and terms of the cross-document links: the document chain and the clause alignments. */
public final class LinkTerms {

    /** The named graph rewritten after every ingest. */
    public static final String GRAPH = PKG.GRAPH + "links";

    public static final Resource Alignment = ResourceFactory.createResource(PKG.NS + "Alignment");
    public static final Property alignedWith = ResourceFactory.createProperty(PKG.NS + "alignedWith");
    public static final Property score = ResourceFactory.createProperty(PKG.NS + "score");
    public static final Property method = ResourceFactory.createProperty(PKG.NS + "method");
    public static final Resource Derivation = ResourceFactory.createResource(PROV.NS + "Derivation");
    public static final Property qualifiedDerivation = ResourceFactory.createProperty(PROV.NS + "qualifiedDerivation");
    public static final Property entity = ResourceFactory.createProperty(PROV.NS + "entity");

    private LinkTerms() {
    }
}
