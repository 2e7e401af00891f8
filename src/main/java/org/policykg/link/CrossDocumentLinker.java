package org.policykg.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.policykg.align.ClauseAligner;
import org.policykg.check.FamilyChecks;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.lookup.LookupKeys;
import org.policykg.query.QueryCatalog;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;
import org.policykg.summary.GraphSizes;
import org.policykg.summary.SortGroups;
import org.policykg.summary.Summaries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The pass over the store that runs after every ingest: ties cited documents to stored ones and places the
 * rest ({@link DocumentChain}), then aligns clauses with their parent documents' clauses ({@link ClauseAlignments})
 * into the graph {@link PKG#LINKS_GRAPH}. It works on what {@link LinkState} records as pending: the chain is
 * recomputed from the documents' and citations' rows (no text), but clauses are read and aligned only for the
 * batches a pending document takes part in or whose input changed ({@link Realignment}); the result equals a full
 * pass. The batches are committed a chunk at a time with their marks, and the chain with the clearing of the pending
 * marks last, so a pass cut short leaves the documents pending and the next one resumes after the committed chunks.
 * With those marks it drops the stored findings comparing documents that the change may alter ({@link FamilyChecks}),
 * then finds and stores them again; a pass with nothing pending still stores those of documents without them (a store
 * written before, or a pass cut short), so that {@code link} completes the check's findings of any store, and the lookup
 * keys ({@link LookupKeys}) of a store without them.
 */
@Component
@Lazy
public class CrossDocumentLinker {

    private static final Logger LOG = LoggerFactory.getLogger(CrossDocumentLinker.class);
    /** Test hook: milliseconds to wait after each chunk's commit, so that a test can kill the process between chunks. */
    private static final String PAUSE = "policykg.link.pauseMillis";
    /** About how many documents' clauses are aligned at a time: bounds the memory. */
    private static final int DOCS_PER_COMMIT = 400;
    /** At most this many write transactions for a pass's alignments: bounds its disk writes, and the work a crash loses to a share of the pass. */
    static final int MAX_COMMITS = 8;

    private final Jurisdictions gazetteer;
    private final StubLevels stubLevels;
    private final ClauseAlignments alignments;
    private final FamilyChecks checks = new FamilyChecks(new QueryCatalog());
    private final int docsPerCommit;

    @Autowired
    public CrossDocumentLinker(Jurisdictions gazetteer) {
        this(gazetteer, DOCS_PER_COMMIT);
    }

    CrossDocumentLinker(Jurisdictions gazetteer, int docsPerCommit) {
        this.gazetteer = gazetteer;
        this.stubLevels = new StubLevels(gazetteer);
        this.alignments = new ClauseAlignments(ClauseAligner.tfidf());
        this.docsPerCommit = docsPerCommit;
    }

    /** The whole pass: every link and alignment computed afresh into an emptied links graph; a repair. */
    public LinkReport link(KgStore store) {
        return link(store, null);
    }

    /**
     * The pass for the documents stored since the last one finished, and for {@code changed} documents (written
     * without {@link LinkState#replace}); the whole pass when {@code changed} is null. Nothing when none is pending.
     */
    public LinkReport link(KgStore store, Set<String> changed) {
        long t0 = System.nanoTime();
        Dataset ds = store.dataset();
        if (changed == null || !changed.isEmpty()) {
            Txn.executeWrite(ds, () -> markPending(ds.asDatasetGraph(), changed));
        }
        Plan plan = Txn.calculateRead(ds, () -> plan(ds));
        if (plan == null) {
            // a store built before the summaries were kept gets them here (link, or any ingest, or serve's start); the
            // findings last, the longest to fill, so that a fill cut short leaves the rest complete
            if (Txn.calculateRead(ds, () -> Summaries.missing(ds.asDatasetGraph()))) {
                LOG.info("summaries: {} bodies' rows built", Txn.calculateWrite(ds, () -> Summaries.rebuild(ds)));
            }
            if (Txn.calculateRead(ds, () -> SortGroups.missing(ds.asDatasetGraph()))) {
                LOG.info("summaries: {} agencies rows grouped for sorting", Txn.calculateWrite(ds, () -> SortGroups.fill(ds.asDatasetGraph())));
            }
            if (Txn.calculateRead(ds, () -> LookupKeys.missing(ds.asDatasetGraph()))) {
                LOG.info("lookup keys: {} names and titles keyed", Txn.calculateWrite(ds, () -> LookupKeys.rebuild(ds.asDatasetGraph())));
            }
            fillSizes(ds);
            checks.fill(store);
            return LinkReport.NOTHING;
        }
        int aligned = 0;
        List<List<AlignmentBatch>> chunks = plan.realignment().chunks(docsPerCommit);
        // TDB2 copies every block a write transaction touches, and a chunk's alignments touch blocks all over the
        // indexes: a pass over many documents commits a group of chunks at a time, so that its disk writes stay a few
        // times the store's size instead of one copy per chunk
        for (List<List<AlignmentBatch>> group : commits(chunks)) {
            aligned += Txn.calculateWrite(ds, () -> group.stream().mapToInt(chunk -> align(ds, plan, chunk)).sum());
            pause();
        }
        Txn.executeWrite(ds, () -> {
            Set<String> orphans = plan.realignment().orphans();
            // the findings comparing documents that the change may alter, with the links as they were and as they are
            Set<Node> touched = new LinkedHashSet<>(checks.touchedBy(ds, plan.pending().keySet()));
            LinksUpdate.apply(ds, LinksUpdate.chain(ds).add(LinksUpdate.alignments(ds, orphans)), plan.chain());
            touched.addAll(checks.touchedBy(ds, plan.pending().keySet()));
            checks.forget(ds, touched);
            orphans.forEach(d -> LinkState.unmark(ds.asDatasetGraph(), d));
            List<String> done = plan.pending().entrySet().stream().filter(e -> e.getValue() <= plan.generation()).map(Map.Entry::getKey).toList();
            LOG.info("summaries: {} bodies' rows refreshed", Summaries.update(ds, done));
            LookupKeys.update(ds.asDatasetGraph(), done);
            LinkState.done(ds.asDatasetGraph(), plan.pending(), plan.generation());
        });
        fillSizes(ds);
        int checked = checks.fill(store);
        DocumentChain.Result chain = plan.chainResult();
        LinkReport report = new LinkReport(chain.sameAs(), chain.edges(), chain.stubLevels(), aligned, plan.realignment().batches().size(),
                plan.batches(), plan.pending().size(), (System.nanoTime() - t0) / 1_000_000);
        LOG.info("cross-document links: {}; findings comparing documents stored for {} documents", report.summary(), checked);
        return report;
    }

    /** A store built before the shared graphs' triple counts were kept counts them once here (for stats). */
    private static void fillSizes(Dataset ds) {
        if (Txn.calculateRead(ds, () -> GraphSizes.missing(ds.asDatasetGraph()))) {
            LOG.info("shared graphs' triple counts: {} graphs counted", Txn.calculateWrite(ds, () -> GraphSizes.fill(ds.asDatasetGraph())));
        }
    }

    /** {@code chunks} in order, in at most {@value #MAX_COMMITS} groups of consecutive chunks, one write transaction each. */
    static <T> List<List<T>> commits(List<T> chunks) {
        int perCommit = Math.max(1, (chunks.size() + MAX_COMMITS - 1) / MAX_COMMITS);
        List<List<T>> groups = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i += perCommit) {
            groups.add(chunks.subList(i, Math.min(i + perCommit, chunks.size())));
        }
        return groups;
    }

    /** What a pass does, decided on one snapshot of the store. */
    private record Plan(Map<String, Long> pending, long generation, StoredCorpus corpus, Model chain, DocumentChain.Result chainResult,
                        Map<String, List<String>> parents, int batches, Realignment realignment) {}

    private Plan plan(Dataset ds) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Map<String, Long> pending = LinkState.pending(dsg);
        if (pending.isEmpty()) {
            return null;
        }
        StoredCorpus corpus = StoredCorpus.read(ds, gazetteer);
        Model chain = ModelFactory.createDefaultModel();
        DocumentChain.Result result = new DocumentChain(stubLevels).link(corpus, chain);
        Map<String, List<String>> parents = new ParentDocuments(gazetteer).of(corpus.documents(), result.implemented());
        List<AlignmentBatch> batches = AlignmentBatch.of(corpus.documents(), parents);
        return new Plan(pending, LinkState.generation(dsg), corpus, chain, result, parents, batches.size(),
                Realignment.of(batches, LinkState.marks(dsg), pending));
    }

    /** Aligns one chunk of batches and replaces their children's alignments and marks; returns how many alignments. */
    private int align(Dataset ds, Plan plan, List<AlignmentBatch> chunk) {
        Set<String> docs = new LinkedHashSet<>();
        Set<String> children = new LinkedHashSet<>();
        chunk.forEach(b -> {
            docs.addAll(b.docs());
            children.addAll(b.children());
        });
        plan.corpus().readClauses(ds, docs);
        Model fresh = ModelFactory.createDefaultModel();
        int n = alignments.write(plan.corpus(), chunk, plan.parents(), fresh);
        LinksUpdate.apply(ds, LinksUpdate.alignments(ds, children), fresh);
        chunk.forEach(b -> b.children().forEach(c -> LinkState.mark(ds.asDatasetGraph(), c, new LinkState.Mark(b.key(), b.input(), plan.generation()))));
        return n;
    }

    /**
     * Marks {@code docs} pending; null: the full pass, which empties the links graph, its marks and the summaries and marks every
     * stored document pending, so that it too resumes after a crash.
     */
    private static void markPending(DatasetGraph dsg, Set<String> docs) {
        Set<String> all = docs;
        if (docs == null) {
            GraphSizes.clear(dsg, LinkState.LINKS);
            Summaries.clear(dsg);
            LookupKeys.clear(dsg);
            new HashSet<>(LinkState.marks(dsg).keySet()).forEach(d -> LinkState.unmark(dsg, d));
            all = new LinkedHashSet<>();
            for (var it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), PKG.PolicyDocument.asNode()); it.hasNext(); ) {
                all.add(it.next().getSubject().getURI());
            }
        }
        LinkState.allPending(dsg, all);
    }

    private static void pause() {
        long millis = Long.getLong(PAUSE, 0);
        if (millis > 0) {
            // said on stderr, so that the test knows the chunk is committed
            System.err.println(PAUSE + ": a chunk of the cross-document pass is committed; pausing");
            System.err.flush();
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
