package org.policykg.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.policykg.rdf.MappedDocument;

/**
 * Collects extracted documents and writes them a batch per write transaction, so the store commits a few times
 * per thousand documents instead of once per document. A batch that cannot be written fails as a whole: each of
 * its files is reported in one line, and later batches still load.
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
    private int documents;
    private int clauses;
    private long triples;

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
            for (MappedDocument doc : pending) {
                documents++;
                clauses += doc.clauses();
                triples += doc.triples();
            }
            pendingFiles.forEach(f -> listener.stored(++settled, files, f.toString()));
        } catch (RuntimeException e) {
            String reason = "not stored, its batch of " + pending.size() + " documents failed: " + oneLine(e);
            pendingFiles.forEach(f -> failed(f, f + ": " + reason));
        }
        pendingFiles.clear();
        pending.clear();
        pendingTriples = 0;
    }

    int documents() {
        return documents;
    }

    int clauses() {
        return clauses;
    }

    long triples() {
        return triples;
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
