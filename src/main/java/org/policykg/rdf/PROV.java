package org.policykg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms PolicyKG uses (Jena ships no PROV vocabulary class). */
public final class PROV {

    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS + "wasAssociatedWith");
    public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Property qualifiedDerivation = ResourceFactory.createProperty(NS + "qualifiedDerivation");
    public static final Property entity = ResourceFactory.createProperty(NS + "entity");
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS + "wasAttributedTo");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");

    private PROV() {
    }
}
