package org.policykg.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.policykg.link.CrossDocumentLinker;
import org.policykg.rdf.MappedDocument;
import org.policykg.store.KgStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * {@code ingest --bulk}: builds a new store in one pass of Jena's own bulk loader (LoaderFactory's default, the phased
 * loader of tdb2.tdbloader), fed the extracted documents' quads as they come, then runs the cross-document pass once.
 * The loader writes the indexes whole instead of a commit per batch, so the store is built faster and packed; it cannot
 * replace a graph, so it only builds a store holding no documents yet, and of two files with the same document it
 * keeps the first and warns. The build ends with a compaction: the cross-document pass's writes into the packed
 * indexes split their blocks and leave the copied ones behind, which made the store 1.6× the size of its live data.
 */
@Service
@Lazy
public class BulkIngest {

    /** Extractions running or done but not yet loaded, per thread: as in {@link IngestService}. */
    private static final int AHEAD_PER_THREAD = 16;

    /** No commit to keep while a slow file holds up the others: the loader commits once, at the end. */
    private static final Duration NO_STALL = Duration.ofDays(1);

    private final DocumentPipeline pipeline;
    private final KgStore store;
    private final CrossDocumentLinker linker;
    private final Duration maxFileTime;

    public BulkIngest(DocumentPipeline pipeline, KgStore store, CrossDocumentLinker linker) {
        this(pipeline, store, linker, IngestService.DEFAULT_MAX_FILE_TIME);
    }

    /** {@code maxFileTime}: a file still being extracted after it is abandoned, as in {@link IngestService}. */
    @Autowired
    BulkIngest(DocumentPipeline pipeline, KgStore store, CrossDocumentLinker linker,
               @Value("${policykg.ingest.max-file-time:60s}") Duration maxFileTime) {
        this.pipeline = pipeline;
        this.store = store;
        this.linker = linker;
        this.maxFileTime = maxFileTime;
    }

    /** Refuses, in one line, a store that already holds documents: the bulk loader adds, it never replaces. */
    public IngestReport ingest(List<Path> inputs, IngestListener listener) {
        long held = store.documentCount();
        if (held > 0) {
            throw new IllegalStateException("ingest --bulk builds a new store, and " + store.location() + " already holds "
                    + held + " documents: give --store a new folder, or ingest without --bulk");
        }
        long t0 = System.nanoTime();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Path> files = SourceFiles.expand(inputs, errors, warnings);
        errors.forEach(listener::failed);
        warnings.forEach(listener::warned);
        listener.started(files.size());
        Loaded loaded = load(files, errors, warnings, listener);
        // the loader writes around KgStore, so the full-text index is built afterwards, and the links by a whole pass
        store.reindexText();
        if (linker != null) {
            listener.linking(loaded.documents);
            linker.link(store);
        }
        listener.compacting();
        store.compact();
        return new IngestReport(loaded.documents, loaded.clauses, loaded.triples, List.copyOf(errors), List.copyOf(warnings),
                (System.nanoTime() - t0) / 1_000_000);
    }

    private static final class Loaded {
        int documents;
        int clauses;
        long triples;
    }

    private Loaded load(List<Path> files, List<String> errors, List<String> warnings, IngestListener listener) {
        Loaded loaded = new Loaded();
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        Deque<Extractions.Pending> ahead = new ArrayDeque<>();
        Map<String, Path> graphs = new HashMap<>();
        BulkLoad loader = new BulkLoad(store);
        loader.start();
        try (Extractions extractions = new Extractions(pipeline::extract, threads, maxFileTime)) {
            int submitted = 0;
            int settled = 0;
            for (Path file : files) {
                while (submitted < files.size() && ahead.size() < threads * AHEAD_PER_THREAD) {
                    Path next = files.get(submitted++);
                    ahead.add(extractions.submit(next));
                }
                try {
                    MappedDocument doc = extractions.await(ahead.remove(), NO_STALL, () -> { });
                    Path earlier = graphs.putIfAbsent(doc.graphIri(), file);
                    if (earlier == null) {
                        loader.add(doc);
                        loaded.documents++;
                        loaded.clauses += doc.clauses();
                        loaded.triples += doc.triples();
                    } else {
                        warnings.add(file + ": same document as " + earlier + " (" + doc.identity().reason()
                                + "); --bulk keeps the first, ingest without --bulk to replace it");
                        listener.warned(warnings.get(warnings.size() - 1));
                    }
                } catch (ExecutionException e) {
                    errors.add(BatchWriter.oneLine(file, e.getCause()));
                    listener.failed(errors.get(errors.size() - 1));
                }
                listener.stored(++settled, files.size(), file.toString());
            }
            loader.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            loader.abort(e);
            errors.add("ingest interrupted");
        } catch (RuntimeException e) {
            loader.abort(e);
            throw e;
        }
        return loaded;
    }
}
