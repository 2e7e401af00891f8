package org.policykg.query;

import java.time.Duration;

/** A query stopped at its time limit: the one-line message names the limit and the setting that raises it. */
public class QueryTimeoutException extends RuntimeException {

    public QueryTimeoutException(String query, Duration limit) {
        super("查询超时 / query '" + query + "' was stopped after " + seconds(limit) + " s, its time limit"
                + " (policykg.query.timeout); narrow it with parameters, or raise the limit");
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : Double.toString(d.toMillis() / 1000.0);
    }
}
