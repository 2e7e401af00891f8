package org.policykg.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.policykg.link.CrossDocumentLinker;
import org.policykg.link.LinkState;
import org.policykg.rdf.MappedDocument;
import org.policykg.store.KgStore;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Extracts files in parallel and stores them in batches, several documents per write transaction (see
 * {@link BatchWriter}); each document still replaces its earlier graph atomically. Only a bounded number of
 * extracted documents wait in memory. A file that fails is reported in one line and skipped; the others still load,
 * and those extracted before a slow file are committed while it is being read. A file still being extracted after
 * {@code policykg.ingest.max-file-time} (default 60 s) is abandoned with one line ({@link Extractions}).
 */
@Service
@Lazy
public class IngestService {

    /** Extractions running or done but not yet handed to the writer, per thread: enough to keep the cores busy during a commit. */
    private static final int AHEAD_PER_THREAD = 16;
    /** How long the writer waits for one file before it commits what it holds. */
    private static final Duration STALL = Duration.ofSeconds(5);
    static final Duration DEFAULT_MAX_FILE_TIME = Duration.ofSeconds(60);

    private final Function<Path, MappedDocument> extract;
    private final Duration maxFileTime;
    private final KgStore store;
    private final CrossDocumentLinker linker;
    private final WriteBudget budget;

    /** Stores documents only, without the cross-document pass (links and alignments). */
    public IngestService(DocumentPipeline pipeline, KgStore store) {
        this(pipeline, store, null);
    }

    public IngestService(DocumentPipeline pipeline, KgStore store, CrossDocumentLinker linker) {
        this(pipeline, store, linker, DEFAULT_MAX_FILE_TIME);
    }

    @Autowired
    IngestService(DocumentPipeline pipeline, KgStore store, CrossDocumentLinker linker,
                  @Value("${policykg.ingest.max-file-time:60s}") Duration maxFileTime) {
        this(pipeline::extract, store, linker, WriteBudget.DEFAULT, maxFileTime);
    }

    IngestService(DocumentPipeline pipeline, KgStore store, CrossDocumentLinker linker, WriteBudget budget) {
        this(pipeline::extract, store, linker, budget, DEFAULT_MAX_FILE_TIME);
    }

    /** {@code extract}: a file's document, as {@link DocumentPipeline#extract} makes it. */
    IngestService(Function<Path, MappedDocument> extract, KgStore store, CrossDocumentLinker linker, WriteBudget budget,
                  Duration maxFileTime) {
        this.extract = extract;
        this.maxFileTime = maxFileTime;
        this.store = store;
        this.linker = linker;
        this.budget = budget;
    }

    public IngestReport ingest(List<Path> inputs, IngestListener listener) {
        long t0 = System.nanoTime();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        IdentityCheck identity = new IdentityCheck(store);
        List<Path> files = SourceFiles.expand(inputs, errors, warnings);
        errors.forEach(listener::failed);
        warnings.forEach(listener::warned);
        int earlier = linker == null ? 0 : LinkState.pendingCount(store);
        if (earlier > 0) {
            String w = earlier + " documents stored by an earlier run are not linked yet (it stopped before its cross-document pass finished); this run links them";
            warnings.add(w);
            listener.warned(w);
        }
        listener.started(files.size());
        BatchWriter writer = new BatchWriter(batch -> LinkState.replace(store, batch), budget, files.size(), errors, listener);
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        Deque<Extractions.Pending> ahead = new ArrayDeque<>();
        Map<String, Path> seen = new HashMap<>();
        try (Extractions extractions = new Extractions(extract, threads, maxFileTime)) {
            int submitted = 0;
            for (Path file : files) {
                while (submitted < files.size() && ahead.size() < threads * AHEAD_PER_THREAD) {
                    Path next = files.get(submitted++);
                    ahead.add(extractions.submit(next));
                }
                try {
                    // while a slow file holds up the files behind it, what is extracted is committed, so that it is not
                    // lost if the run is stopped or the slow file brings it down
                    MappedDocument doc = extractions.await(ahead.remove(), STALL, writer::flush);
                    identity.check(file, doc, seen.put(doc.key(), file)).forEach(w -> {
                        warnings.add(w);
                        listener.warned(w);
                    });
                    writer.add(file, doc);
                } catch (ExecutionException e) {
                    writer.failed(file, BatchWriter.oneLine(file, e.getCause()));
                }
            }
            writer.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors.add("ingest interrupted");
        }
        if (linker != null) {
            listener.linking(LinkState.pendingCount(store));
            linker.link(store, Set.of());
        }
        return new IngestReport(writer.documents(), writer.clauses(), writer.triples(), List.copyOf(errors), List.copyOf(warnings),
                (System.nanoTime() - t0) / 1_000_000);
    }
}
