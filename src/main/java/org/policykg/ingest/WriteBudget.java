package org.policykg.ingest;

/**
 * How many documents go into one write transaction: up to {@code documents} documents or {@code triples} triples,
 * whichever comes first. Large enough that commits are rare, small enough that a batch's models fit in memory.
 */
public record WriteBudget(int documents, long triples) {

    public static final WriteBudget DEFAULT = new WriteBudget(200, 200_000);

    public WriteBudget {
        if (documents < 1 || triples < 1) {
            throw new IllegalArgumentException("a write budget must be positive: " + documents + " documents, " + triples + " triples");
        }
    }

    /** Whether a batch of this many documents and triples is full. */
    public boolean reached(int docs, long tripleCount) {
        return docs >= documents || tripleCount >= triples;
    }
}
