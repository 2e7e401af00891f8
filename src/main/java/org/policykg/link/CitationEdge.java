package org.policykg.link;

/** One document citing a stub: {@code implements} (eli:ensures_implementation_of) or {@code cites} (eli:cites). */
record CitationEdge(String citing, String relation, String stub) {

    boolean implementsIt() {
        return relation.equals("implements");
    }
}
