package org.policykg.rdf;

import org.policykg.structure.DocumentMetadata;

/** What a document's key rests on, in words an ingest warning can show: its number, its title, or its content only. */
public record Identity(Basis basis, String value) {

    public enum Basis { NUMBER, TITLE, CONTENT }

    public static Identity of(DocumentMetadata m) {
        if (m.number() != null) {
            return new Identity(Basis.NUMBER, m.number());
        }
        return m.hasOwnTitle() ? new Identity(Basis.TITLE, m.title()) : new Identity(Basis.CONTENT, null);
    }

    /** Why two files with this identity are one document. */
    public String reason() {
        return switch (basis) {
            case NUMBER -> "same document number " + value;
            case TITLE -> "same title " + value + ", place and year, and no document number";
            case CONTENT -> "same content";
        };
    }
}
