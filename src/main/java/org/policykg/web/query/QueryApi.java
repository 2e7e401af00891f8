package org.policykg.web.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.policykg.query.NamedQuery;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The query catalog as JSON. GET /api/queries lists the queries with their description, parameters and
 * columns; GET /api/queries/{name}?param=value runs one (rules as /api/queries/rules/{name}) and answers
 * {@code {"query", "columns", "rows"}}: rows are arrays in column order, each value an IRI or a literal's
 * lexical form, null when unbound.
 */
@RestController
class QueryApi {

    /** One catalog entry. */
    record QueryInfo(String name, String description, List<NamedQuery.Param> params, List<String> columns, String example) {}

    /** One query's result table. */
    record QueryResult(String query, List<String> columns, List<List<String>> rows) {}

    private final QueryCatalog catalog;
    private final QueryRunner runner;

    QueryApi(QueryCatalog catalog, QueryRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    @GetMapping("/api/queries")
    List<QueryInfo> list() {
        return catalog.all().stream().map(q -> new QueryInfo(q.name(), q.description(), q.params(), q.columns(), q.example())).toList();
    }

    @GetMapping("/api/queries/{name}")
    QueryResult run(@PathVariable String name, @RequestParam Map<String, String> params) {
        NamedQuery q = catalog.find(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no query named '" + name + "'"));
        ResultSetRewindable rs = runner.select(q, params);
        List<String> columns = rs.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> row = new ArrayList<>();
            columns.forEach(c -> row.add(value(s.get(c))));
            rows.add(row);
        }
        return new QueryResult(q.name(), columns, rows);
    }

    @GetMapping("/api/queries/{folder}/{name}")
    QueryResult runInFolder(@PathVariable String folder, @PathVariable String name, @RequestParam Map<String, String> params) {
        return run(folder + "/" + name, params);
    }

    private static String value(RDFNode n) {
        if (n == null) {
            return null;
        }
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        return n.isURIResource() ? n.asResource().getURI() : "_:" + n.asResource().getId();
    }
}
