package org.policykg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the European Legislation Identifier ontology that PolicyKG uses. */
public final class ELI {

    public static final String NS = "http://data.europa.eu/eli/ontology#";

    public static final Resource LegalResource = ResourceFactory.createResource(NS + "LegalResource");
    public static final Resource LegalResourceSubdivision = ResourceFactory.createResource(NS + "LegalResourceSubdivision");
    public static final Property is_part_of = p("is_part_of");
    public static final Property has_part = p("has_part");
    public static final Property title = p("title");
    public static final Property title_alternative = p("title_alternative");
    public static final Property id_local = p("id_local");
    public static final Property date_document = p("date_document");
    public static final Property date_publication = p("date_publication");
    public static final Property publisher = p("publisher");
    public static final Property passed_by = p("passed_by");
    public static final Property cites = p("cites");
    public static final Property ensures_implementation_of = p("ensures_implementation_of");

    private ELI() {
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
