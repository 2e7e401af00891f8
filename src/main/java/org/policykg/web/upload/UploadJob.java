package org.policykg.web.upload;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.policykg.ingest.IngestListener;

/**
 * One uploaded file on its way into the store: waiting, being read, stored and linked, then done or failed with the
 * lines ingest gave. It hears the ingest as its listener; the pages read it while it runs.
 */
public final class UploadJob implements IngestListener {

    /** Where the file is, in the words the page shows. */
    public enum State {
        QUEUED("排队等待"), READING("正在解析"), LINKING("已写入，正在与其他文件关联"), DONE("完成"), FAILED("失败");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String id;
    private final String file;
    private final CompletableFuture<UploadJob> finished = new CompletableFuture<>();
    private volatile State state = State.QUEUED;
    private volatile String document;
    private volatile String summary = "";
    private volatile List<String> errors = List.of();
    private volatile List<String> warnings = List.of();

    UploadJob(String id, String file) {
        this.id = id;
        this.file = file;
    }

    @Override
    public void started(int files) {
        state = State.READING;
    }

    @Override
    public void stored(int done, int files, String stored) {
        state = State.LINKING;
    }

    void finish(String document, String summary, List<String> errors, List<String> warnings) {
        this.document = document;
        this.summary = summary;
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
        state = errors.isEmpty() && document != null ? State.DONE : State.FAILED;
        finished.complete(this);
    }

    CompletableFuture<UploadJob> finished() {
        return finished;
    }

    public String getId() {
        return id;
    }

    public String getFile() {
        return file;
    }

    public State getState() {
        return state;
    }

    public boolean isRunning() {
        return state != State.DONE && state != State.FAILED;
    }

    /** The stored document's IRI, once done. */
    public String getDocument() {
        return document;
    }

    public String getSummary() {
        return summary;
    }

    public List<String> getErrors() {
        return errors;
    }

    public List<String> getWarnings() {
        return warnings;
    }
}
