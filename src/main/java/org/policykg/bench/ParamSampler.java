package org.policykg.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.policykg.conventions.Tsv;
import org.policykg.query.NamedQuery;
import org.policykg.store.KgStore;

/**
 * Parameter values for timing catalog queries, drawn from the store by the rules of bench/params.tsv,
 * so queries added to the catalog later are timed without changing the bench.
 */
final class ParamSampler {

    private record Rule(String param, String type, String sparql) {

        boolean matches(NamedQuery.Param p) {
            return (param.equals("*") || param.equals(p.name())) && (type.equals("*") || type.equals(p.type()));
        }
    }

    private static final Pattern EXAMPLE_PARAM = Pattern.compile("--param\\s+(\\w+)=(\\S+)");

    private final KgStore store;
    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, List<String>> cache = new HashMap<>();
    private final boolean requiredOnly;

    ParamSampler(KgStore store) {
        this(store, false);
    }

    /** With {@code requiredOnly}, optional parameters are left unbound: a query is timed without its filters. */
    ParamSampler(KgStore store, boolean requiredOnly) {
        this.store = store;
        this.requiredOnly = requiredOnly;
        for (Map<String, String> r : Tsv.classpath("bench/params.tsv")) {
            rules.add(new Rule(r.get("param"), r.get("type"), r.get("sparql")));
        }
    }

    /** Candidate values per parameter; a parameter with an empty list has none, and the query cannot be timed. */
    Map<String, List<String>> values(NamedQuery q) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (NamedQuery.Param p : q.params()) {
            if (requiredOnly && p.optional()) {
                continue;
            }
            List<String> v = rules.stream().filter(r -> r.matches(p)).findFirst()
                    .map(r -> cache.computeIfAbsent(r.sparql(), this::select))
                    .orElse(List.of());
            values.put(p.name(), v.isEmpty() ? fromExample(q, p.name()) : v);
        }
        return values;
    }

    /** The binding for one run: the run-th value of each parameter, so paired parameters stay aligned. */
    static Map<String, String> binding(Map<String, List<String>> values, int run) {
        Map<String, String> b = new LinkedHashMap<>();
        values.forEach((name, v) -> b.put(name, v.get(run % v.size())));
        return b;
    }

    private List<String> select(String sparql) {
        List<String> out = store.read(ds -> {
            List<String> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    RDFNode n = s.get(s.varNames().next());
                    if (n != null) {
                        rows.add(n.isURIResource() ? n.asResource().getURI() : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                });
            }
            return rows;
        });
        out.sort(null);
        return out;
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
