package org.policykg.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;

/**
 * Checks a parameter's value against its declared type, so that a mistyped value is an error and never an empty
 * answer: dates as 2021-01-31, years as 2021, integers, absolute IRIs, and no blank values; and makes it the RDF term
 * the query is bound with.
 */
public final class ParamValues {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private ParamValues() {
    }

    static String check(NamedQuery.Param p, String given) {
        String v = given == null ? "" : given.strip();
        if (v.isEmpty()) {
            throw bad(p, given, "an empty value");
        }
        switch (p.type()) {
            case "date" -> {
                try {
                    LocalDate.parse(v);
                } catch (DateTimeParseException e) {
                    throw bad(p, given, "not a date in the form 2021-01-31");
                }
            }
            case "year" -> {
                if (!YEAR.matcher(v).matches()) {
                    throw bad(p, given, "not a year in the form 2021");
                }
            }
            case "integer" -> {
                if (!v.matches("[+-]?\\d{1,18}")) {
                    throw bad(p, given, "not a whole number");
                }
            }
            case "iri" -> {
                if (!IRIs.check(v) || !v.contains(":")) {
                    throw bad(p, given, "not an absolute IRI");
                }
            }
            default -> {
                // strings and document names are checked where they are resolved
            }
        }
        return v;
    }

    /** The checked value as the term of its type; a document's value is made an IRI by {@code documentIri}. */
    public static Node term(NamedQuery.Param p, String given, UnaryOperator<String> documentIri) {
        String value = check(p, given);
        return switch (p.type()) {
            case "iri" -> NodeFactory.createURI(value);
            case "document" -> NodeFactory.createURI(documentIri.apply(value));
            case "date" -> NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
            case "year" -> NodeFactory.createLiteralDT(value, XSDDatatype.XSDgYear);
            case "integer" -> NodeFactory.createLiteralDT(String.valueOf(Long.parseLong(value)), XSDDatatype.XSDinteger);
            default -> NodeFactory.createLiteralString(value);
        };
    }

    private static IllegalArgumentException bad(NamedQuery.Param p, String given, String why) {
        return new IllegalArgumentException("parameter '" + p.name() + "' (" + p.type() + "): '" + given + "' is " + why);
    }
}
