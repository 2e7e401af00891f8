package org.policykg.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.policykg.rdf.MappedDocument;

/**
 * Collects extracted documents and writes them a batch per write transaction, so the store commits a few times
 * per thousand documents instead of once per document. A batch that cannot be written is written again one document
 * at a time, so only the files that cannot be stored are reported (one line each), and later batches still load.
 */
final class BatchWriter {

    private final Consumer<List<MappedDocument>> sink;
    private final WriteBudget budget;
    private final int files;
    private final List<String> errors;
    private final IngestListener listener;
    private final List<Path> pendingFiles = new ArrayList<>();
    private final List<MappedDocument> pending = new ArrayList<>();
    private long pendingTriples;
    private int settled;
    /** What the store holds from this run: the counts of each graph written (not its model, which is let go). */
    private final Map<String, Counts> stored = new HashMap<>();

    private final Map<String, String> sourceOf = new HashMap<>();
    private final Map<String, String> graphOf = new HashMap<>();

    private record Counts(int clauses, long triples) {}

    BatchWriter(Consumer<List<MappedDocument>> sink, WriteBudget budget, int files, List<String> errors, IngestListener listener) {
        this.sink = sink;
        this.budget = budget;
        this.files = files;
        this.errors = errors;
        this.listener = listener;
    }

    void add(Path file, MappedDocument doc) {
        pendingFiles.add(file);
        pending.add(doc);
        pendingTriples += doc.triples();
        if (budget.reached(pending.size(), pendingTriples)) {
            flush();
        }
    }

    /** A file that never reached the writer, e.g. because its extraction failed. */
    void failed(Path file, String message) {
        errors.add(message);
        listener.failed(message);
        listener.stored(++settled, files, file.toString());
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            sink.accept(List.copyOf(pending));
            for (int i = 0; i < pending.size(); i++) {
                counted(pendingFiles.get(i), pending.get(i));
            }
        } catch (RuntimeException e) {
            // the batch is rolled back as a whole: write its documents one by one, so only the bad ones fail
            for (int i = 0; i < pending.size(); i++) {
                Path f = pendingFiles.get(i);
                try {
                    sink.accept(List.of(pending.get(i)));
                    counted(f, pending.get(i));
                } catch (RuntimeException alone) {
                    failed(f, f + ": not stored: " + oneLine(alone));
                }
            }
        }
        pendingFiles.clear();
        pending.clear();
        pendingTriples = 0;
    }

    private void counted(Path file, MappedDocument doc) {
        // as the store does: a document written twice is one graph (its last version), and a graph from the same
        // file (path) as an earlier one's replaces it
        String graph = doc.graphIri();
        String formerSource = sourceOf.put(graph, doc.sourcePath());
        if (formerSource != null && !formerSource.equals(doc.sourcePath())) {
            graphOf.remove(formerSource, graph);
        }
        String formerGraph = graphOf.put(doc.sourcePath(), graph);
        if (formerGraph != null && !formerGraph.equals(graph)) {
            stored.remove(formerGraph);
            sourceOf.remove(formerGraph);
        }
        stored.put(graph, new Counts(doc.clauses(), doc.triples()));
        listener.stored(++settled, files, file.toString());
    }

    int documents() {
        return stored.size();
    }

    int clauses() {
        return stored.values().stream().mapToInt(Counts::clauses).sum();
    }

    long triples() {
        return stored.values().stream().mapToLong(Counts::triples).sum();
    }

    /** Readers already name the file; anything else gets the file and the exception's own words. */
    static String oneLine(Path file, Throwable e) {
        String m = oneLine(e);
        return m.startsWith(file.toString()) ? m : file + ": " + m;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s*\\R\\s*", " ");
    }
}
