package org.policykg.query;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/**
 * Pages and counts a parsed query through Jena's Query API. The query becomes the sub-query of an outer
 * {@code SELECT *}, so its own ORDER BY (and any LIMIT of its own) still apply and ARQ keeps only the top rows
 * of the sort instead of sorting every row.
 */
final class Paging {

    private Paging() {
    }

    /** {@code SELECT * { query } LIMIT … OFFSET …}, or the query itself for every row. */
    static Query page(Query query, Page page) {
        if (page.all()) {
            return query;
        }
        Query outer = outer(query);
        outer.setQueryResultStar(true);
        outer.setLimit(page.limit());
        outer.setOffset(page.offset() == 0 ? Query.NOLIMIT : page.offset());
        return outer;
    }

    /** {@code SELECT (COUNT(*) AS ?total) { query without its ORDER BY }}: the rows a full export would write. */
    static Query count(Query query) {
        Query outer = outer(unordered(query));
        outer.addResultVar(Var.alloc("total"), outer.allocAggregate(new AggCount()));
        return outer;
    }

    /**
     * {@code SELECT * { query without its ORDER BY } LIMIT 1}: whether the query has any row, known from its first one,
     * so that ARQ stops there instead of finding and sorting every row.
     */
    static Query first(Query query) {
        Query outer = outer(unordered(query));
        outer.setQueryResultStar(true);
        outer.setLimit(1);
        return outer;
    }

    private static Query unordered(Query query) {
        Query inner = query.cloneQuery();
        if (inner.hasOrderBy()) {
            inner.getOrderBy().clear();
        }
        return inner;
    }

    private static Query outer(Query inner) {
        Query outer = new Query();
        outer.setQuerySelectType();
        outer.setPrefixMapping(inner.getPrefixMapping());
        outer.setQueryPattern(new ElementSubQuery(inner));
        return outer;
    }
}
