package org.policykg.bench;

import java.nio.file.Path;
import java.util.List;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.ingest.DocumentPipeline;
import org.policykg.rdf.DocumentMapper;
import org.policykg.read.DocumentReader;
import org.policykg.read.Overrides;
import org.policykg.read.SourceDocument;
import org.policykg.structure.DocumentMetadata;
import org.policykg.structure.MetadataExtractor;
import org.policykg.structure.ParsedDocument;
import org.policykg.structure.StructureParser;

/**
 * Where one thread's extraction time goes, for the stages the bench knows (read, structure, metadata,
 * RDF mapping). Each file goes through the pipeline and then through the stages one by one, so both are
 * timed under the same conditions; stages added to the pipeline later show as the rest.
 */
final class StageTimer {

    record Stage(String name, double share) {}

    private final DocumentPipeline pipeline;
    private final DocumentReader reader = new DocumentReader();
    private final StructureParser parser = new StructureParser();
    private final MetadataExtractor metadata;
    private final DocumentMapper mapper = new DocumentMapper();

    StageTimer(DocumentPipeline pipeline, Jurisdictions jurisdictions) {
        this.pipeline = pipeline;
        this.metadata = new MetadataExtractor(jurisdictions);
    }

    /** The stages' shares of the pipeline's time, then the rest. */
    List<Stage> time(List<Path> files, double minSeconds) {
        long[] nanos = new long[5];
        long pipelineTriples = 0;
        long stageTriples = 0;
        long start = System.nanoTime();
        do {
            for (Path f : files) {
                long t0 = System.nanoTime();
                pipelineTriples += pipeline.extract(f).triples();
                long t1 = System.nanoTime();
                SourceDocument src = reader.read(f);
                Overrides overrides = Overrides.forSource(f);
                long t2 = System.nanoTime();
                ParsedDocument doc = parser.parse(src.text());
                long t3 = System.nanoTime();
                DocumentMetadata meta = metadata.extract(doc, overrides);
                long t4 = System.nanoTime();
                stageTriples += mapper.map(src, doc, meta, overrides).triples();
                long t5 = System.nanoTime();
                nanos[0] += t1 - t0;
                nanos[1] += t2 - t1;
                nanos[2] += t3 - t2;
                nanos[3] += t4 - t3;
                nanos[4] += t5 - t4;
            }
        } while (System.nanoTime() - start < 2 * minSeconds * 1e9);
        double whole = nanos[0];
        double known = nanos[1] + nanos[2] + nanos[3] + nanos[4];
        return List.of(new Stage("read and decode", nanos[1] / whole), new Stage("structure", nanos[2] / whole),
                new Stage("metadata", nanos[3] / whole), new Stage("RDF mapping", nanos[4] / whole),
                new Stage("rest (stages the bench does not know" + (pipelineTriples == stageTriples ? ")"
                        : "; the pipeline makes triples these stages do not)"), Math.max(0, 1 - known / whole)));
    }
}
