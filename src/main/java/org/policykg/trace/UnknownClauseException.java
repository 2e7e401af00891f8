package org.policykg.trace;

/** The store holds no such clause (or document path): a user's mistake, not a failure. */
public class UnknownClauseException extends IllegalArgumentException {

    public UnknownClauseException(String message) {
        super(message);
    }
}
