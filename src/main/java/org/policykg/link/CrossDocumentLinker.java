package org.policykg.link;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.policykg.align.ClauseAligner;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The pass over the store that runs after every ingest: ties cited documents to stored ones and places the
 * rest ({@link DocumentChain}), then aligns clauses with their parent documents' clauses ({@link ClauseAlignments})
 * into the graph {@link PKG#LINKS_GRAPH}. It works on what {@link LinkState} records as pending: the chain is
 * recomputed from the documents' and citations' rows (no text), but clauses are read and aligned only for the
 * batches a pending document takes part in or whose input changed ({@link Realignment}); the result equals a full
 * pass. It runs in one write transaction, which also clears the pending marks, so a pass cut short leaves them for
 * the next one.
 */
@Component
@Lazy
public class CrossDocumentLinker {

    private static final Logger LOG = LoggerFactory.getLogger(CrossDocumentLinker.class);
    /** Test hook: milliseconds to wait before the pass commits, so that a test can kill the process inside it. */
    private static final String PAUSE = "policykg.link.pauseMillis";

    private final Jurisdictions gazetteer;
    private final StubLevels stubLevels;
    private final ClauseAlignments alignments;

    public CrossDocumentLinker(Jurisdictions gazetteer) {
        this.gazetteer = gazetteer;
        this.stubLevels = new StubLevels(gazetteer);
        this.alignments = new ClauseAlignments(ClauseAligner.tfidf());
    }

    /** The whole pass: every link and alignment computed afresh and the links graph brought to that; a repair. */
    public LinkReport link(KgStore store) {
        return link(store, null);
    }

    /**
     * The pass for the documents stored since the last one finished, and for {@code changed} documents (written
     * without {@link LinkState#replace}); the whole pass when {@code changed} is null. Nothing when none is pending.
     */
    public LinkReport link(KgStore store, Set<String> changed) {
        boolean all = changed == null;
        long t0 = System.nanoTime();
        LinkReport report = Txn.calculateWrite(store.dataset(), () -> {
            Dataset ds = store.dataset();
            DatasetGraph dsg = ds.asDatasetGraph();
            Set<String> pending = LinkState.pending(dsg);
            if (!all) {
                pending.addAll(changed);
            }
            if (!all && pending.isEmpty()) {
                return LinkReport.NOTHING;
            }
            StoredCorpus corpus = StoredCorpus.read(ds, gazetteer);
            Model fresh = ModelFactory.createDefaultModel();
            DocumentChain.Result chain = new DocumentChain(stubLevels).link(corpus, fresh);
            Map<String, List<String>> parents = new ParentDocuments(gazetteer).of(corpus.documents(), chain.implemented());
            List<AlignmentBatch> batches = AlignmentBatch.of(corpus.documents(), parents);
            Map<String, LinkState.Mark> marks = LinkState.marks(dsg);
            Realignment plan = all ? Realignment.all(batches, marks) : Realignment.of(batches, marks, pending);
            corpus.readClauses(ds, plan.documents());
            int aligned = alignments.write(corpus, plan.batches(), parents, fresh);
            LinksUpdate.apply(ds, all ? LinksUpdate.all(ds) : LinksUpdate.of(ds, plan.replaced()), fresh);
            plan.replaced().forEach(d -> LinkState.unmark(dsg, d));
            plan.batches().forEach(b -> b.children().forEach(c -> LinkState.mark(dsg, c, new LinkState.Mark(b.key(), b.input()))));
            LinkState.done(dsg, pending);
            pause();
            return new LinkReport(chain.sameAs(), chain.edges(), chain.stubLevels(), aligned, plan.batches().size(), batches.size(),
                    pending.size(), (System.nanoTime() - t0) / 1_000_000);
        });
        LOG.info("cross-document links: {}", report.summary());
        return report;
    }

    private static void pause() {
        long millis = Long.getLong(PAUSE, 0);
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
