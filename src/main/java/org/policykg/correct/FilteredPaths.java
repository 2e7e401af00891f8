package org.policykg.correct;

import java.util.function.Predicate;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPath;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2's executor, except that property paths read the graph through the store's tuple filter as basic graph patterns
 * do: ARQ evaluates a path ({@code p|q}, {@code p+}, {@code p*} …) by finds on the active graph, which TDB2 does not
 * filter, so without this a path saw the facts a correction replaces (and the extracted view the correction graphs).
 * Set in the store's context, so the catalog, the rules and the SPARQL endpoint all use it; without a filter in the
 * query's context it is TDB2's executor unchanged.
 */
final class FilteredPaths extends OpExecutorTDB2 {

    private static final OpExecutorFactory FACTORY = FilteredPaths::new;

    private FilteredPaths(ExecutionContext execCxt) {
        super(execCxt);
    }

    static void install(Context context) {
        QC.setFactory(context, FACTORY);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected QueryIterator execute(OpPath opPath, QueryIterator input) {
        Object filter = execCxt.getContext().get(SystemTDB.symTupleFilter);
        Graph active = execCxt.getActiveGraph();
        if (!(filter instanceof Predicate<?> p) || !(active instanceof GraphView view) || !TDBInternal.isBackedByTDB(view.getDataset())) {
            return super.execute(opPath, input);
        }
        Graph filtered = new FilteredGraphView(view, (Predicate<Tuple<NodeId>>) p);
        return new QueryIterPath(opPath.getTriplePath(), input, ExecutionContext.copyChangeActiveGraph(execCxt, filtered));
    }
}
