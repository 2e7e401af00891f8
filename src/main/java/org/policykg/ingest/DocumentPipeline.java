package org.policykg.ingest;

import java.nio.file.Path;
import org.policykg.annotate.DocumentFacts;
import org.policykg.annotate.agency.AgencyRecognizer;
import org.policykg.annotate.nlp.Segmenter;
import org.policykg.annotate.obligation.ObligationExtractor;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.rdf.DocumentMapper;
import org.policykg.rdf.MappedDocument;
import org.policykg.read.DocumentReader;
import org.policykg.read.Overrides;
import org.policykg.read.SourceDocument;
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

    public DocumentPipeline(DocumentReader reader, StructureParser parser, MetadataExtractor metadata,
                            ObligationExtractor obligations, DocumentMapper mapper) {
        this.reader = reader;
        this.parser = parser;
        this.metadata = metadata;
        this.obligations = obligations;
        this.mapper = mapper;
    }

    /** The stages with their shipped conventions, for a gazetteer and a segmenter. */
    public static DocumentPipeline standard(Jurisdictions jurisdictions, Segmenter segmenter) {
        return standard(new DocumentReader(), jurisdictions, segmenter);
    }

    /** As {@link #standard(Jurisdictions, Segmenter)}, reading files with {@code reader} (e.g. another size limit). */
    public static DocumentPipeline standard(DocumentReader reader, Jurisdictions jurisdictions, Segmenter segmenter) {
        return new DocumentPipeline(reader, new StructureParser(), new MetadataExtractor(jurisdictions),
                ObligationExtractor.standard(new AgencyRecognizer(jurisdictions, segmenter)), new DocumentMapper());
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

    public MappedDocument extract(Path file) {
        return map(annotate(file));
    }
}
