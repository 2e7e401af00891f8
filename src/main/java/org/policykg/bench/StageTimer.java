package org.policykg.bench;

import java.nio.file.Path;
import java.util.List;
import org.policykg.annotate.DocumentFacts;
import org.policykg.ingest.DocumentPipeline;

/**
 * Where one thread's extraction time goes: the two halves of {@link DocumentPipeline#extract}, annotating a file
 * (read, structure, metadata, facts) and mapping its facts to RDF, timed file by file.
 */
final class StageTimer {

    record Stage(String name, double share) {}

    private final DocumentPipeline pipeline;

    StageTimer(DocumentPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The halves' shares of the pipeline's time. */
    List<Stage> time(List<Path> files, double minSeconds) {
        long annotating = 0;
        long mapping = 0;
        long start = System.nanoTime();
        do {
            for (Path f : files) {
                long t0 = System.nanoTime();
                DocumentFacts facts = pipeline.annotate(f);
                long t1 = System.nanoTime();
                pipeline.map(facts);
                annotating += t1 - t0;
                mapping += System.nanoTime() - t1;
            }
        } while (System.nanoTime() - start < minSeconds * 1e9);
        double whole = annotating + mapping;
        return List.of(new Stage("annotation (read, structure, metadata, facts)", annotating / whole),
                new Stage("RDF mapping", mapping / whole));
    }
}
