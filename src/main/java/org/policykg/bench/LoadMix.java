package org.policykg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.policykg.conventions.Tsv;
import org.policykg.query.NamedQuery;
import org.policykg.query.ParamValues;
import org.policykg.query.QueryCatalog;

/**
 * The requests of {@code bench http}, by the cycle of bench/load.tsv: the n-th request is the n-th row of the cycle
 * (rows repeated by their weight), with the parameter values of the cycle's turn, so that every client sends every kind
 * and the parameters keep changing.
 */
final class LoadMix {

    enum Kind { SPARQL, API, PAGE }

    /** One row of the cycle; {@code values}: the candidate values of each parameter it takes. */
    record Target(Kind kind, String name, NamedQuery query, Map<String, List<String>> values) {

        String label() {
            return kind.name().toLowerCase(Locale.ROOT) + " " + name;
        }
    }

    /** A request to send, and the row it comes from. */
    record Request(Target target, HttpRequest http) {}

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+):(\\w+)}");
    private static final Duration TIMEOUT = Duration.ofSeconds(300);

    private final List<Target> cycle = new ArrayList<>();
    private final String web;
    private final String sparql;

    /** {@code web}: the web app's base URL; {@code sparql}: the SPARQL endpoint's query URL. */
    LoadMix(ParamSampler sampler, String web, String sparql) {
        this.web = web.replaceFirst("/+$", "");
        this.sparql = sparql;
        Map<String, Target> made = new HashMap<>();
        for (Map<String, String> row : Tsv.classpath("bench/load.tsv")) {
            Kind kind = Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
            Target t = made.computeIfAbsent(row.get("kind") + " " + row.get("target"), k -> target(kind, row.get("target"), sampler));
            for (int i = 0; i < Integer.parseInt(row.get("weight")); i++) {
                cycle.add(t);
            }
        }
    }

    private static Target target(Kind kind, String name, ParamSampler sampler) {
        if (kind == Kind.PAGE) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            Matcher m = PLACEHOLDER.matcher(name);
            while (m.find()) {
                values.put(m.group(1), sampler.values(new NamedQuery.Param(m.group(1), m.group(2), "")));
            }
            return checked(new Target(kind, name, null, values));
        }
        NamedQuery q = QueryCatalog.shipped(name);
        return checked(new Target(kind, name, q, sampler.values(q)));
    }

    private static Target checked(Target t) {
        t.values().forEach((param, v) -> {
            if (v.isEmpty()) {
                throw new IllegalArgumentException("no value in the store for parameter '" + param + "' of " + t.label()
                        + " (see bench/params.tsv)");
            }
        });
        return t;
    }

    List<Target> targets() {
        return cycle.stream().distinct().toList();
    }

    Request request(long n) {
        Target t = cycle.get((int) (n % cycle.size()));
        Map<String, String> b = ParamSampler.binding(t.values(), (int) (n / cycle.size()));
        HttpRequest.Builder r = switch (t.kind()) {
            case SPARQL -> HttpRequest.newBuilder(URI.create(sparql))
                    .header("Content-Type", "application/sparql-query; charset=utf-8")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(bound(t.query(), b).toString(), StandardCharsets.UTF_8));
            case API -> HttpRequest.newBuilder(URI.create(web + "/api/queries/" + t.name() + query(b)))
                    .header("Accept", "application/json");
            case PAGE -> HttpRequest.newBuilder(URI.create(web + fill(t.name(), b))).header("Accept", "text/html");
        };
        return new Request(t, r.timeout(TIMEOUT).build());
    }

    /** The query with its parameters bound as terms of their types (documents are given as IRIs here). */
    private static Query bound(NamedQuery q, Map<String, String> values) {
        Map<Var, Node> bindings = new HashMap<>();
        for (NamedQuery.Param p : q.params()) {
            if (values.containsKey(p.name())) {
                bindings.put(Var.alloc(p.name()), ParamValues.term(p, values.get(p.name()), iri -> iri));
            }
        }
        return QueryTransformOps.replaceVars(QueryFactory.create(q.text()), bindings);
    }

    private static String query(Map<String, String> values) {
        return values.isEmpty() ? "" : values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static String fill(String path, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(URLEncoder.encode(values.get(m.group(1)), StandardCharsets.UTF_8)));
        }
        return m.appendTail(out).toString();
    }
}
