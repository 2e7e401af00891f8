package org.policykg.calendar;

/** A body whose deadlines make a calendar: its IRI, its id (the hash ending the IRI) and its label. */
public record Agency(String iri, String label) {

    public String id() {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
