package org.policykg.calendar;

import org.policykg.rdf.Iris;

/** A body whose deadlines make a calendar: its IRI, its id (the hash ending the IRI) and its label. */
public record Agency(String iri, String label) {

    public String id() {
        return Iris.agencyId(iri);
    }
}
