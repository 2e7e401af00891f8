package org.policykg.link;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.policykg.align.ClauseAligner;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.store.KgStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.policykg.rdf.PKG;

/**
 * The pass over the store that runs after every ingest: ties cited documents to stored ones and places the
 * rest ({@link DocumentChain}), then aligns clauses with their parent documents' clauses ({@link ClauseAlignments}).
 * It rewrites the graph {@link PKG#LINKS_GRAPH} in one write transaction; only the triples that changed are
 * removed or added, since TDB2 grows with every write until compacted.
 */
@Component
@Lazy
public class CrossDocumentLinker {

    private static final Logger LOG = LoggerFactory.getLogger(CrossDocumentLinker.class);

    private final Jurisdictions gazetteer;
    private final StubLevels stubLevels;
    private final ClauseAlignments alignments;

    public CrossDocumentLinker(Jurisdictions gazetteer) {
        this.gazetteer = gazetteer;
        this.stubLevels = new StubLevels(gazetteer);
        this.alignments = new ClauseAlignments(ClauseAligner.tfidf());
    }

    /** The whole pass: every document's links and alignments computed afresh. */
    public LinkReport link(KgStore store) {
        return link(store, null);
    }

    /**
     * The pass after {@code changed} documents were stored (null: all of them). The document chain is rebuilt
     * whole, as it is cheap; clauses are aligned again only where a changed document takes part.
     */
    public LinkReport link(KgStore store, Set<String> changed) {
        long t0 = System.nanoTime();
        LinkReport report = Txn.calculateWrite(store.dataset(), () -> {
            Dataset ds = store.dataset();
            StoredCorpus corpus = StoredCorpus.read(ds, gazetteer);
            Model links = ModelFactory.createDefaultModel();
            DocumentChain.Result chain = new DocumentChain(stubLevels).link(corpus, links);
            Map<String, List<String>> parents = new ParentDocuments(gazetteer).of(corpus.documents(), chain.implemented());
            int aligned = alignments.write(corpus, parents, changed, ds.getNamedModel(PKG.LINKS_GRAPH), links);
            replace(ds, links);
            return new LinkReport(chain.sameAs(), chain.edges(), chain.stubLevels(), aligned, (System.nanoTime() - t0) / 1_000_000);
        });
        LOG.info("cross-document links: {}", report.summary());
        return report;
    }

    private static void replace(Dataset ds, Model fresh) {
        Model stored = ds.getNamedModel(PKG.LINKS_GRAPH);
        Model stale = stored.difference(fresh);
        Model added = fresh.difference(stored);
        stored.remove(stale);
        stored.add(added);
    }
}
