package org.policykg.web.upload;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * POST /api/documents (multipart field {@code file}, admin only): adds one document and answers when it is stored and
 * linked, 201 with its IRI and ingest's summary, or 422 with the lines ingest gave for the file.
 */
@RestController
class UploadApi {

    private final UploadQueue queue;

    UploadApi(UploadQueue queue) {
        this.queue = queue;
    }

    @PostMapping("/api/documents")
    ResponseEntity<Map<String, Object>> add(@RequestParam("file") MultipartFile file) throws IOException, InterruptedException {
        UploadJob job;
        try {
            job = queue.submit(file).finished().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("file", job.getFile());
        body.put("status", job.getState().name().toLowerCase(java.util.Locale.ROOT));
        body.put("document", job.getDocument());
        body.put("summary", job.getSummary());
        body.put("errors", job.getErrors());
        body.put("warnings", job.getWarnings());
        return ResponseEntity.status(job.getState() == UploadJob.State.DONE ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_ENTITY).body(body);
    }
}
