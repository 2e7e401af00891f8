package org.policykg.rdf;

import org.apache.jena.rdf.model.Model;

/**
 * One document's triples, ready to replace its named graph, and what identifies the document. {@code sourceFile} is
 * the file's name as shown; {@code sourcePath} its normalized absolute path, which says which file it came from.
 */
public record MappedDocument(String key, String documentIri, String graphIri, String title, String sourceFile,
                             String sourcePath, int clauses, Model model, Identity identity) {

    public long triples() {
        return model.size();
    }
}
