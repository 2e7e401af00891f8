package org.policykg.query;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/** Reads a query solution's values as plain text: an IRI as itself, a literal as its lexical form. */
public final class Solutions {

    private Solutions() {
    }

    /** The value of {@code var} as text, "" when it is unbound or a blank node. */
    public static String text(QuerySolution s, String var) {
        String t = textOrNull(s, var);
        return t == null ? "" : t;
    }

    /** The value of {@code var} as text, null when it is unbound or a blank node. */
    public static String textOrNull(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null || n.isAnon() ? null : lexical(n);
    }

    /** A node as text: a literal's lexical form, an IRI, a blank node as _:id; null for null. */
    public static String lexical(RDFNode n) {
        if (n == null) {
            return null;
        }
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        return n.isURIResource() ? n.asResource().getURI() : "_:" + n.asResource().getId();
    }

    /** The value of {@code var} as an int, 0 when it is unbound. */
    public static int integer(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? 0 : n.asLiteral().getInt();
    }
}
