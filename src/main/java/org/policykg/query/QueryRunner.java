package org.policykg.query;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.policykg.PolicyKgProperties;
import org.policykg.store.KgStore;
import org.springframework.stereotype.Component;

/**
 * Runs catalog queries against the store. Parameters are bound as RDF terms by ARQ's substitution (a
 * projected variable becomes {@code (<value> AS ?var)}), never by pasting text into the query. Every query has a time
 * limit ({@code policykg.query.timeout}), so one pathological query cannot hold a core for ever. Whole-corpus
 * queries are paged ({@link Page}) and counted ({@link #total}) here, so the command line and the API page alike.
 */
@Component
public class QueryRunner {

    private final KgStore store;
    private final DocumentResolver documents;
    private final Duration limit;

    QueryRunner(KgStore store, DocumentResolver documents, PolicyKgProperties props) {
        this.store = store;
        this.documents = documents;
        this.limit = props.query().timeout();
    }

    public ResultSetRewindable select(NamedQuery q, Map<String, String> params) {
        return select(q, params, Page.ALL, null);
    }

    /** As {@link #select(NamedQuery, Map)}, stopped with a {@link QueryTimeoutException} after {@code timeout} (null: the configured limit). */
    public ResultSetRewindable select(NamedQuery q, Map<String, String> params, Duration timeout) {
        return select(q, params, Page.ALL, timeout);
    }

    /** One page of the rows, in the query's own order. */
    public ResultSetRewindable select(NamedQuery q, Map<String, String> params, Page page, Duration timeout) {
        return select(q, params, page, timeout, null);
    }

    /** As {@link #select(NamedQuery, Map, Page, Duration)}, stopped early when {@code cancel} (may be null) is cancelled. */
    public ResultSetRewindable select(NamedQuery q, Map<String, String> params, Page page, Duration timeout, QueryCancel cancel) {
        return stream(q, params, page, timeout, cancel, ResultSetFactory::copyResults);
    }

    /**
     * Hands the rows to {@code reader} as ARQ produces them, inside the read transaction, so that an export
     * is written while the query runs and is never held in memory.
     */
    public <T> T stream(NamedQuery q, Map<String, String> params, Page page, Duration timeout, Function<ResultSet, T> reader) {
        return stream(q, params, page, timeout, null, reader);
    }

    private <T> T stream(NamedQuery q, Map<String, String> params, Page page, Duration timeout, QueryCancel cancel,
            Function<ResultSet, T> reader) {
        Query query = Paging.page(bound(q, params, timeout), page);
        Duration within = within(timeout);
        return store.read(ds -> {
            try (QueryExecution qe = execution(ds, query, within, cancel)) {
                return reader.apply(qe.execSelect());
            } catch (QueryCancelledException e) {
                throw new QueryTimeoutException(q.name(), within);
            }
        });
    }

    /** How many rows the query answers without a page: the same query under COUNT(*), without its ORDER BY. */
    public long total(NamedQuery q, Map<String, String> params, Duration timeout) {
        return total(q, params, timeout, null);
    }

    /** As {@link #total(NamedQuery, Map, Duration)}, stopped early when {@code cancel} (may be null) is cancelled. */
    public long total(NamedQuery q, Map<String, String> params, Duration timeout, QueryCancel cancel) {
        Query query = Paging.count(bound(q, params, timeout));
        Duration within = within(timeout);
        return store.read(ds -> {
            try (QueryExecution qe = execution(ds, query, within, cancel)) {
                return qe.execSelect().next().getLiteral("total").getLong();
            } catch (QueryCancelledException e) {
                throw new QueryTimeoutException(q.name(), within);
            }
        });
    }

    /**
     * The plan ARQ makes of the query as it would run it (parameters bound, page applied): its optimized algebra in
     * quad form over the union graph. TDB2 still orders each basic graph pattern's quads when it executes them.
     */
    public String explain(NamedQuery q, Map<String, String> params, Page page) {
        return Algebra.toQuadForm(Algebra.optimize(Algebra.compile(Paging.page(bound(q, params, null), page)))).toString();
    }

    /** The given time limit, or the configured one. */
    private Duration within(Duration timeout) {
        return timeout != null ? timeout : limit;
    }

    /** A cancelled query ends as a timed-out one would: its client, the only one who would see the difference, has gone. */
    private static QueryExecution execution(Dataset ds, Query query, Duration within, QueryCancel cancel) {
        QueryExecution qe = QueryExecution.dataset(ds).query(query).timeout(within.toMillis()).build();
        if (cancel != null) {
            cancel.started(qe);
        }
        return qe;
    }

    /** The query with its parameters bound, as ARQ's substitution binds them (QueryTransformOps.replaceVars). */
    private Query bound(NamedQuery q, Map<String, String> params, Duration timeout) {
        Map<Var, Node> bindings = new HashMap<>();
        for (NamedQuery.Param p : q.params()) {
            if (!p.optional() && (params.get(p.name()) == null || params.get(p.name()).isBlank())) {
                throw new IllegalArgumentException("query '" + q.name() + "' needs parameter '" + p.name() + "' (" + p.type()
                        + "): " + p.description());
            }
        }
        for (Map.Entry<String, String> e : params.entrySet()) {
            NamedQuery.Param p = q.params().stream().filter(x -> x.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("query '" + q.name() + "' has no parameter '" + e.getKey()
                            + "' (it takes: " + q.params().stream().map(NamedQuery.Param::name).toList() + ")"));
            bindings.put(Var.alloc(p.name()), ParamValues.term(p, e.getValue(), documents::resolve));
        }
        checkRequirements(q, params, timeout);
        Query query = QueryFactory.create(q.text());
        return bindings.isEmpty() ? query : QueryTransformOps.replaceVars(query, bindings);
    }

    /** Whether the query has any row: its first row, not all of them sorted. */
    private boolean any(NamedQuery q, Map<String, String> params, Duration timeout) {
        Query query = Paging.first(bound(q, params, timeout));
        Duration within = within(timeout);
        return store.read(ds -> {
            try (QueryExecution qe = execution(ds, query, within, null)) {
                return qe.execSelect().hasNext();
            } catch (QueryCancelledException e) {
                throw new QueryTimeoutException(q.name(), within);
            }
        });
    }

    /** Refuses a query whose answer would mean something else, e.g. "removed" when no plan of the other year is stored. */
    private void checkRequirements(NamedQuery q, Map<String, String> params, Duration timeout) {
        for (NamedQuery.Requirement r : q.requires()) {
            Map<String, String> args = new HashMap<>();
            r.args().forEach((theirs, ours) -> {
                if (params.get(ours) != null && !params.get(ours).isBlank()) {
                    args.put(theirs, params.get(ours));
                }
            });
            if (args.size() == r.args().size() && !any(QueryCatalog.shipped(r.query()), args, timeout)) {
                String message = r.message();
                for (Map.Entry<String, String> e : params.entrySet()) {
                    message = message.replace("{" + e.getKey() + "}", e.getValue().strip());
                }
                throw new IllegalArgumentException(message);
            }
        }
    }
}
