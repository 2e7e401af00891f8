package org.policykg.web.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.policykg.query.NamedQuery;
import org.policykg.query.Page;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.policykg.query.Solutions;
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
 * lexical form, null when unbound. {@code limit} and {@code offset} page the rows in the query's order (answered
 * with {@code "limit", "offset"}); {@code total=true} adds {@code "total"}, the rows without the page. The total is
 * only counted when asked, since counting evaluates the whole query and would cost a first page its speed.
 */
@RestController
class QueryApi {

    /** One catalog entry. */
    record QueryInfo(String name, String description, List<NamedQuery.Param> params, List<String> columns, String example) {}

    /** One query's result table. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QueryResult(String query, List<String> columns, List<List<String>> rows, Long limit, Long offset, Long total) {}

    /** Request parameters that page the answer (or choose the view: asExtracted) rather than bind a query parameter. */
    private static final List<String> PAGING = List.of("limit", "offset", "total", "asExtracted");

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
        Map<String, String> bound = new HashMap<>(params);
        PAGING.forEach(bound::remove);
        Page page = Page.parse(params.get("limit"), params.get("offset"));
        ResultSetRewindable rs = page.all() ? runner.select(q, bound) : runner.select(q, bound, page, null);
        List<String> columns = rs.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> row = new ArrayList<>();
            columns.forEach(c -> row.add(Solutions.lexical(s.get(c))));
            rows.add(row);
        }
        Long total = Boolean.parseBoolean(params.get("total")) ? runner.total(q, bound, null) : null;
        return page.all() ? new QueryResult(q.name(), columns, rows, null, null, total)
                : new QueryResult(q.name(), columns, rows, page.limit() < 0 ? null : page.limit(), page.offset(), total);
    }

    @GetMapping("/api/queries/{folder}/{name}")
    QueryResult runInFolder(@PathVariable String folder, @PathVariable String name, @RequestParam Map<String, String> params) {
        return run(folder + "/" + name, params);
    }
}
