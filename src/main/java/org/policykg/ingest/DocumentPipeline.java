package org.policykg.ingest;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.policykg.annotate.DocumentFacts;
import org.policykg.annotate.agency.AgencyRecognizer;
import org.policykg.annotate.nlp.Segmenter;
import org.policykg.annotate.obligation.ObligationExtractor;
import org.policykg.check.DocumentRules;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.query.QueryCatalog;
import org.policykg.rdf.DocumentMapper;
import org.policykg.rdf.MappedDocument;
import org.policykg.read.DocumentReader;
import org.policykg.read.Overrides;
import org.policykg.read.SourceDocument;
import org.policykg.store.ReferenceGraphs;
import org.policykg.structure.DocumentMetadata;
import org.policykg.structure.MetadataExtractor;
import org.policykg.structure.ParsedDocument;
import org.policykg.structure.StructureParser;

/**
 * read → structure → metadata → annotate → RDF for one file. A pure function from a file to its facts and triples,
 * with no shared mutable state, so files can be extracted in parallel (or elsewhere) and stored afterwards.
 */
public final class DocumentPipeline {

    private final DocumentReader reader;
    private final StructureParser parser;
    private final MetadataExtractor metadata;
    private final ObligationExtractor obligations;
    private final DocumentMapper mapper;
    private final DocumentRules rules;
    private final Supplier<Model> reference;

    /** {@code reference}: the reference graph's triples, which the per-document rules run beside. */
    public DocumentPipeline(DocumentReader reader, StructureParser parser, MetadataExtractor metadata,
                            ObligationExtractor obligations, DocumentMapper mapper, DocumentRules rules, Supplier<Model> reference) {
        this.reader = reader;
        this.parser = parser;
        this.metadata = metadata;
        this.obligations = obligations;
        this.mapper = mapper;
        this.rules = rules;
        this.reference = reference;
    }

    /** The stages with their shipped conventions, for a gazetteer and a segmenter. */
    public static DocumentPipeline standard(Jurisdictions jurisdictions, Segmenter segmenter) {
        return standard(new DocumentReader(), jurisdictions, segmenter);
    }

    /** As {@link #standard(Jurisdictions, Segmenter)}, reading files with {@code reader} (e.g. another size limit). */
    public static DocumentPipeline standard(DocumentReader reader, Jurisdictions jurisdictions, Segmenter segmenter) {
        return new DocumentPipeline(reader, new StructureParser(), new MetadataExtractor(jurisdictions),
                ObligationExtractor.standard(new AgencyRecognizer(jurisdictions, segmenter)), new DocumentMapper(),
                new DocumentRules(new QueryCatalog()), once(() -> ReferenceGraphs.reference(jurisdictions)));
    }

    /** Built on first use, by one thread, then shared read-only by the extracting threads. */
    private static Supplier<Model> once(Supplier<Model> build) {
        Model[] held = new Model[1];
        return () -> {
            synchronized (held) {
                if (held[0] == null) {
                    held[0] = build.get();
                }
                return held[0];
            }
        };
    }

    /** Everything but RDF: what eval scores and the mapper maps. */
    public DocumentFacts annotate(Path file) {
        SourceDocument src = reader.read(file);
        Overrides overrides = Overrides.forSource(file);
        ParsedDocument doc = parser.parse(src.text());
        DocumentMetadata meta = metadata.extract(doc, overrides);
        return DocumentFacts.of(src, doc, meta, overrides, obligations.extract(doc, meta));
    }

    public MappedDocument map(DocumentFacts facts) {
        return mapper.map(facts);
    }

    /** The document's triples with the findings of the per-document rules, as ingest stores them. */
    public MappedDocument extract(Path file) {
        MappedDocument doc = map(annotate(file));
        rules.attach(doc, reference.get());
        DocumentMapper.countTriples(doc);
        return doc;
    }
}
