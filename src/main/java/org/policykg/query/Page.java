package org.policykg.query;

import org.apache.jena.query.Query;

/**
 * A page of a query's rows: at most {@code limit} rows ({@link Query#NOLIMIT} for all) after skipping {@code offset}.
 * A page is stable as long as the query orders its rows, which the whole-corpus queries of the catalog do.
 */
public record Page(long limit, long offset) {

    /** The most rows one page may ask for; a full export asks for no limit and streams instead. */
    public static final long MAX_LIMIT = 10_000;

    /** Every row. */
    public static final Page ALL = new Page(Query.NOLIMIT, 0);

    /** A page from the text a user gave (null or blank: no limit, offset 0); a bad value is an IllegalArgumentException. */
    public static Page parse(String limit, String offset) {
        long l = blank(limit) ? Query.NOLIMIT : number("limit", limit);
        if (l > MAX_LIMIT) {
            throw new IllegalArgumentException("parameter 'limit': '" + limit + "' is more than " + MAX_LIMIT
                    + " rows (leave the limit out to export every row)");
        }
        return new Page(l, blank(offset) ? 0 : number("offset", offset));
    }

    public boolean all() {
        return limit == Query.NOLIMIT && offset == 0;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static long number(String name, String given) {
        String v = given.strip();
        if (!v.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("parameter '" + name + "': '" + given + "' is not a whole number ≥ 0");
        }
        return Long.parseLong(v);
    }
}
