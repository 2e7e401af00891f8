package org.policykg.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.policykg.link.CrossDocumentLinker;
import org.policykg.rdf.MappedDocument;
import org.policykg.store.KgStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Extracts files in parallel and stores each document in its own write transaction. A file that fails
 * is reported in one line and skipped; the others still load.
 */
@Service
@Lazy
public class IngestService {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final DocumentPipeline pipeline;
    private final KgStore store;
    private final CrossDocumentLinker linker;

    /** Stores documents only, without the cross-document pass (links and alignments). */
    public IngestService(DocumentPipeline pipeline, KgStore store) {
        this(pipeline, store, null);
    }

    @Autowired
    public IngestService(DocumentPipeline pipeline, KgStore store, CrossDocumentLinker linker) {
        this.pipeline = pipeline;
        this.store = store;
        this.linker = linker;
    }

    public IngestReport ingest(List<Path> inputs, IngestListener listener) {
        long t0 = System.nanoTime();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        List<Path> files = SourceFiles.expand(inputs, errors);
        errors.forEach(listener::failed);
        listener.started(files.size());
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int documents = 0;
        int clauses = 0;
        long triples = 0;
        Map<String, Path> seen = new HashMap<>();
        try {
            List<Future<MappedDocument>> jobs = files.stream().map(f -> pool.submit(() -> pipeline.extract(f))).toList();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                try {
                    MappedDocument doc = jobs.get(i).get();
                    Path earlier = seen.put(doc.key(), file);
                    if (earlier != null) {
                        LOG.warn("{}: same document as {} ({}); the later file replaces the earlier", file, earlier, doc.title());
                    }
                    store.replace(doc);
                    documents++;
                    clauses += doc.clauses();
                    triples += doc.triples();
                } catch (ExecutionException e) {
                    String msg = oneLine(file, e.getCause());
                    errors.add(msg);
                    listener.failed(msg);
                } catch (RuntimeException e) {
                    String msg = oneLine(file, e);
                    errors.add(msg);
                    listener.failed(msg);
                }
                listener.stored(i + 1, files.size(), file.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors.add("ingest interrupted");
        } finally {
            pool.shutdownNow();
        }
        if (linker != null) {
            linker.link(store);
        }
        return new IngestReport(documents, clauses, triples, List.copyOf(errors), (System.nanoTime() - t0) / 1_000_000);
    }

    /** Readers already name the file; anything else gets the file and the exception's own words. */
    private static String oneLine(Path file, Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = m.startsWith(file.toString()) ? m : file + ": " + m;
        return line.replaceAll("\\s*\\R\\s*", " ");
    }
}
