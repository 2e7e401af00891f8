package org.policykg.rdf;

import org.apache.jena.rdf.model.Model;

/** One document's triples, ready to replace its named graph, and what identifies the document. */
public record MappedDocument(String key, String documentIri, String graphIri, String title, String sourceFile,
                             int clauses, Model model, Identity identity) {

    public long triples() {
        return model.size();
    }
}
