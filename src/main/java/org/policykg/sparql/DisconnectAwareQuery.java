package org.policykg.sparql;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/** Fuseki's query operation, with each execution watched by {@link RunningQueries} until its answer has been sent. */
class DisconnectAwareQuery extends SPARQL_QueryDataset {

    private final RunningQueries running;

    DisconnectAwareQuery(RunningQueries running) {
        this.running = running;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        running.start(action, exec, ServletContextRequest.getServletContextRequest(action.getRequest())
                .getConnectionMetaData().getConnection().getEndPoint());
        return exec;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } finally {
            running.finish(action);
        }
    }
}
