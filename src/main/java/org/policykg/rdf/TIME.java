package org.policykg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The OWL-Time terms deadlines use (Jena ships no OWL-Time vocabulary class). */
public final class TIME {

    public static final String NS = "http://www.w3.org/2006/time#";

    public static final Property inXSDDate = ResourceFactory.createProperty(NS + "inXSDDate");
    public static final Property hasXSDDuration = ResourceFactory.createProperty(NS + "hasXSDDuration");

    private TIME() {
    }
}
