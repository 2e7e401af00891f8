package org.policykg.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.policykg.conventions.Tsv;
import org.policykg.query.NamedQuery;
import org.policykg.store.KgStore;

/**
 * Parameter values for timing catalog queries, drawn from the store by the rules of bench/params.tsv,
 * so queries added to the catalog later are timed without changing the bench. The store is read directly, or
 * through any other way of running a SELECT (the SPARQL endpoint of a running server, whose store is locked).
 */
final class ParamSampler {

    private record Rule(String param, String type, String sparql) {

        boolean matches(NamedQuery.Param p) {
            return (param.equals("*") || param.equals(p.name())) && (type.equals("*") || type.equals(p.type()));
        }
    }

    private static final Pattern EXAMPLE_PARAM = Pattern.compile("--param\\s+(\\w+)=(\\S+)");

    private final Function<String, List<String>> select;
    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, List<String>> cache = new HashMap<>();
    private final boolean requiredOnly;

    ParamSampler(KgStore store) {
        this(store, false);
    }

    /** With {@code requiredOnly}, optional parameters are left unbound: a query is timed without its filters. */
    ParamSampler(KgStore store, boolean requiredOnly) {
        this(sparql -> store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
                return firstColumn(qe);
            }
        }), requiredOnly);
    }

    /** {@code select}: the values of a SELECT's first variable, in any order. */
    ParamSampler(Function<String, List<String>> select, boolean requiredOnly) {
        this.select = select;
        this.requiredOnly = requiredOnly;
        for (Map<String, String> r : Tsv.classpath("bench/params.tsv")) {
            rules.add(new Rule(r.get("param"), r.get("type"), r.get("sparql")));
        }
    }

    /** Values drawn through a SPARQL endpoint, from the store a server holds. */
    static ParamSampler remote(String sparqlUrl) {
        return new ParamSampler(sparql -> {
            try (QueryExecution qe = QueryExecution.service(sparqlUrl).query(sparql).build()) {
                return firstColumn(qe);
            }
        }, false);
    }

    /** Candidate values per parameter; a parameter with an empty list has none, and the query cannot be timed. */
    Map<String, List<String>> values(NamedQuery q) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (NamedQuery.Param p : q.params()) {
            if (requiredOnly && p.optional()) {
                continue;
            }
            List<String> v = values(p);
            v = v.isEmpty() ? fromExample(q, p.name()) : v;
            // an optional parameter that no rule nor the example gives a value (agencies' live) is left unbound
            if (!v.isEmpty() || !p.optional()) {
                values.put(p.name(), v);
            }
        }
        return values;
    }

    /** Candidate values of one parameter by the first rule that matches it; empty if none does. */
    List<String> values(NamedQuery.Param p) {
        return rules.stream().filter(r -> r.matches(p)).findFirst()
                .map(r -> cache.computeIfAbsent(r.sparql(), this::select))
                .orElse(List.of());
    }

    /** The binding for one run: the run-th value of each parameter, so paired parameters stay aligned. */
    static Map<String, String> binding(Map<String, List<String>> values, int run) {
        Map<String, String> b = new LinkedHashMap<>();
        values.forEach((name, v) -> b.put(name, v.get(run % v.size())));
        return b;
    }

    /** The values sorted, so runs are repeatable; a SELECT that orders its rows keeps its order (pairs stay aligned). */
    private List<String> select(String sparql) {
        List<String> out = new ArrayList<>(select.apply(sparql));
        if (!QueryFactory.create(sparql).hasOrderBy()) {
            out.sort(null);
        }
        return out;
    }

    /** The first variable's values: IRIs, or literals' lexical forms. */
    static List<String> firstColumn(QueryExecution qe) {
        List<String> rows = new ArrayList<>();
        qe.execSelect().forEachRemaining(s -> {
            RDFNode n = s.get(s.varNames().next());
            if (n != null) {
                rows.add(n.isURIResource() ? n.asResource().getURI() : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
        });
        return rows;
    }

    private static List<String> fromExample(NamedQuery q, String param) {
        Matcher m = EXAMPLE_PARAM.matcher(q.example() == null ? "" : q.example());
        while (m.find()) {
            if (m.group(1).equals(param)) {
                return List.of(m.group(2));
            }
        }
        return List.of();
    }
}
