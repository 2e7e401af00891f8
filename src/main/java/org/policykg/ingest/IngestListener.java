package org.policykg.ingest;

/** Hears about ingest progress: for progress bars and logs. */
public interface IngestListener {

    IngestListener NONE = new IngestListener() { };

    default void started(int files) {
    }

    default void stored(int done, int files, String file) {
    }

    default void failed(String message) {
    }

    /** The documents are stored; the cross-document pass starts for {@code pending} of them. */
    default void linking(int pending) {
    }

    /** The store is being rewritten into a fresh generation holding only its live data. */
    default void compacting() {
    }

    /** A file was stored, but something about it needs a look: no title, or it replaced another file's document. */
    default void warned(String message) {
    }
}
