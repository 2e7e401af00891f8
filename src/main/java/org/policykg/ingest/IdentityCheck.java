package org.policykg.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policykg.rdf.Identity;
import org.policykg.rdf.MappedDocument;
import org.policykg.store.KgStore;

/**
 * Says when a file's document is weakly identified or takes the place of another file's document, so that no
 * document is ever replaced without a line naming both files and why.
 */
final class IdentityCheck {

    private final KgStore store;

    IdentityCheck(KgStore store) {
        this.store = store;
    }

    /** Warnings for one extracted file; {@code earlierInRun} is a file of this run with the same key, if any. */
    List<String> check(Path file, MappedDocument doc, Path earlierInRun) {
        List<String> out = new ArrayList<>();
        if (doc.identity().basis() == Identity.Basis.CONTENT) {
            out.add(file + ": no title or document number found; the document is identified by its content");
        }
        if (earlierInRun != null && !earlierInRun.equals(file)) {
            out.add(file + ": replaces " + earlierInRun + " (" + doc.identity().reason() + ")");
            return out;
        }
        // a file of the same name elsewhere is another file: only the same document (key) or the same path replaces
        Optional<String> stored = store.sourcePathOf(doc.graphIri());
        if (stored.isPresent() && !stored.get().equals(doc.sourcePath())) {
            out.add(file + ": replaces the stored document from " + stored.get() + " (" + doc.identity().reason() + ")");
        }
        return out;
    }
}
