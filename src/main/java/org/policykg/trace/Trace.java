package org.policykg.trace;

import java.util.List;

/** Where a clause comes from: the clause first, then the documents and clauses above it, level by level. */
public record Trace(String clause, List<TraceStep> steps) {
}
