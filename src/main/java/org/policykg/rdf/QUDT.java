package org.policykg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The QUDT terms thresholds use: a normalized value and its unit (Jena ships no QUDT vocabulary class). */
public final class QUDT {

    public static final String NS = "http://qudt.org/schema/qudt/";
    /** QUDT's unit vocabulary: a unit's IRI is this plus its code. */
    private static final String UNIT_NS = "http://qudt.org/vocab/unit/";

    public static final Property numericValue = ResourceFactory.createProperty(NS + "numericValue");
    public static final Property unit = ResourceFactory.createProperty(NS + "unit");

    private QUDT() {
    }

    public static String unitIri(String code) {
        return UNIT_NS + code;
    }
}
