package org.policykg.ingest;

import java.util.List;

/** What an ingest run did: documents stored, their clauses and triples, the files that failed and the warnings. */
public record IngestReport(int documents, int clauses, long triples, List<String> errors, List<String> warnings, long millis) {

    public boolean ok() {
        return errors.isEmpty();
    }

    public String summary() {
        return String.format("%d documents, %d clauses, %d triples stored in %.1f s; %d failed",
                documents, clauses, triples, millis / 1000.0, errors.size())
                + (warnings.isEmpty() ? "" : ", " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings"));
    }
}
