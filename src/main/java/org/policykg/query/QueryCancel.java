package org.policykg.query;

import org.apache.jena.query.QueryExecution;

/**
 * Stops a query of the {@link QueryRunner} from another thread, e.g. when its HTTP client has gone: the execution
 * running under it is aborted, and one started after the cancel is aborted as it starts.
 */
public final class QueryCancel {

    private QueryExecution running;
    private boolean cancelled;

    synchronized void started(QueryExecution execution) {
        running = execution;
        if (cancelled) {
            execution.abort();
        }
    }

    public synchronized void cancel() {
        cancelled = true;
        if (running != null) {
            running.abort();
        }
    }
}
