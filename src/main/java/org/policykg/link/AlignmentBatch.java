package org.policykg.link;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The documents of one division (its plans of several years), aligned in one batch with all their parents, so that
 * a parent's clauses are prepared once per division; each batch is a corpus of a few documents, the size the
 * aligner's threshold was calibrated on. {@code input} hashes what the batch's result depends on besides the
 * documents' own content: its children and each one's parents, in order.
 */
record AlignmentBatch(String key, List<String> children, List<String> docs, String input) {

    /** The batches of a corpus: every document with parents is a child in the batch of its division. */
    static List<AlignmentBatch> of(List<CorpusDocument> documents, Map<String, List<String>> parents) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (CorpusDocument d : documents) {
            if (parents.containsKey(d.iri())) {
                byKey.computeIfAbsent(d.jurisdiction() == null ? d.iri() : d.jurisdiction().code(), k -> new ArrayList<>()).add(d.iri());
            }
        }
        List<AlignmentBatch> batches = new ArrayList<>();
        byKey.forEach((key, children) -> {
            Set<String> docs = new LinkedHashSet<>(children);
            StringBuilder input = new StringBuilder(key);
            for (String c : children) {
                docs.addAll(parents.get(c));
                input.append('\n').append(c).append(" <").append(String.join(" ", parents.get(c)));
            }
            // a name-based UUID (MD5) is enough to tell a changed input
            String hash = UUID.nameUUIDFromBytes(input.toString().getBytes(StandardCharsets.UTF_8)).toString();
            batches.add(new AlignmentBatch(key, List.copyOf(children), List.copyOf(docs), hash));
        });
        return batches;
    }
}
