package org.policykg.bench;

import java.util.List;
import java.util.Optional;

/** Every figure measured at one corpus size. */
record SizeResult(int docs, long chars, Ingest ingest, ExtractionBench.Result extraction, LoadBench.Result load,
                  List<QueryBench.Timing> queries, StartupBench.Result startup) {

    /** The product's own ingest (IngestService: parallel extraction, one transaction per batch of documents), its memory and store size. */
    record Ingest(int documents, long triples, int failed, double seconds, MemoryProbe.Peak memory, long storeBytes) {}

    Optional<QueryBench.Timing> query(String name) {
        return queries.stream().filter(q -> q.name().equals(name) && q.status() == QueryBench.Status.MEASURED).findFirst();
    }
}
