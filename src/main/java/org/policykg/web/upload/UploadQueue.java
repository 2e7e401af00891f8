package org.policykg.web.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.policykg.PolicyKgProperties;
import org.policykg.ingest.IngestReport;
import org.policykg.ingest.IngestService;
import org.policykg.rdf.PKG;
import org.policykg.read.DocumentReader;
import org.policykg.store.KgStore;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files, ingested one at a time in the order they came, each through {@link IngestService} as {@code ingest}
 * would (read, stored in one write transaction, linked), so that the web pages and the SPARQL endpoint see it as soon
 * as it is committed. A file is kept in the upload folder ({@code policykg.upload.dir}, by default {@code uploads} in
 * the store folder) under its own name, so that uploading it again replaces its document; a file that fails leaves the
 * earlier one of its name as it was.
 */
@Component
class UploadQueue implements DisposableBean {

    /** How many finished uploads the status pages still know. */
    private static final int KEPT = 200;

    private final ObjectProvider<IngestService> ingest;
    private final KgStore store;
    private final Optional<Path> configured;
    /** Where uploads go: the configured folder, else {@code uploads} in the store folder, else (in-memory store) a temporary one. */
    private Path folder;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "policykg-upload");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, UploadJob> jobs = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, UploadJob> eldest) {
            return size() > KEPT;
        }
    });

    UploadQueue(ObjectProvider<IngestService> ingest, KgStore store, PolicyKgProperties props,
                @Value("${policykg.upload.dir:}") String dir) {
        this.ingest = ingest;
        this.store = store;
        this.configured = !dir.isBlank() ? Optional.of(Path.of(dir)) : store.folder().map(f -> f.resolve("uploads"));
    }

    /** Takes the file (copied aside at once, as the request's copy goes when it ends) and queues it. */
    UploadJob submit(MultipartFile file) throws IOException {
        UploadJob job = new UploadJob(UUID.randomUUID().toString(), UploadNames.safe(file.getOriginalFilename()));
        jobs.put(job.getId(), job);
        // a folder's walk skips other files; given one by name, ingest would read it as text
        if (!DocumentReader.hasDocumentName(Path.of(job.getFile()))) {
            job.finish(null, "", List.of(job.getFile() + ": not a format ingest reads (" + DocumentReader.EXTENSIONS.stream().sorted()
                    .map(e -> "." + e).collect(Collectors.joining(" ")) + ")"), List.of());
            return job;
        }
        Path staged = Files.createTempFile("policykg-upload-", ".part");
        file.transferTo(staged);
        writer.execute(() -> run(job, staged));
        return job;
    }

    Optional<UploadJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Runs on the one writer thread, as {@link #folder} is only used there. */
    private void run(UploadJob job, Path staged) {
        try {
            if (folder == null) {
                folder = configured.isPresent() ? Files.createDirectories(configured.get()) : Files.createTempDirectory("policykg-uploads");
            }
        } catch (IOException e) {
            job.finish(null, "", List.of(job.getFile() + ": cannot keep the file (" + e.getMessage() + ")"), List.of());
            delete(staged);
            return;
        }
        Path target = folder.resolve(job.getFile()).toAbsolutePath().normalize();
        Path earlier = target.resolveSibling(job.getFile() + ".earlier");
        try {
            boolean replacing = Files.exists(target);
            if (replacing) {
                Files.move(target, earlier, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
            IngestReport r = ingest.getObject().ingest(List.of(target), job);
            if (r.ok()) {
                Files.deleteIfExists(earlier);
            } else if (replacing) {
                Files.move(earlier, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(target);
            }
            job.finish(r.ok() ? documentOf(target).orElse(null) : null, r.summary(), named(r.errors()), named(r.warnings()));
        } catch (IOException | RuntimeException e) {
            job.finish(null, "", List.of(job.getFile() + ": " + e.getMessage()), List.of());
        } finally {
            delete(staged);
        }
    }

    /** Ingest's lines name the file by its path on the server; the uploader knows it by its name. */
    private List<String> named(List<String> lines) {
        String prefix = folder.toAbsolutePath().normalize() + folder.getFileSystem().getSeparator();
        return lines.stream().map(l -> l.replace(prefix, "")).toList();
    }

    private Optional<String> documentOf(Path file) {
        Node path = NodeFactory.createLiteralString(file.toString());
        return store.read(ds -> {
            var found = ds.asDatasetGraph().find(Node.ANY, Node.ANY, PKG.sourcePath.asNode(), path);
            return found.hasNext() ? Optional.of(found.next().getSubject().getURI()) : Optional.<String>empty();
        });
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() {
        writer.shutdownNow();
    }
}
