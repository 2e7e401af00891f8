package org.policykg.annotate.tag;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import java.util.stream.Stream;
import org.apache.jena.vocabulary.SKOS;

/** Reads facts of the schemes independently of the tagger's own index, for the tests. */
final class SchemeFacts {

    private SchemeFacts() {
    }

    static Map<String, Set<String>> zhLabels(Model m, String scheme) {
        Map<String, Set<String>> byLabel = new HashMap<>();
        m.listSubjectsWithProperty(SKOS.inScheme, m.createResource(scheme)).forEachRemaining(c ->
                Stream.of(SKOS.prefLabel, SKOS.altLabel).forEach(p -> c.listProperties(p).forEachRemaining(st -> {
                    if ("zh".equals(st.getLiteral().getLanguage())) {
                        byLabel.computeIfAbsent(st.getString(), k -> new HashSet<>()).add(c.getURI());
                    }
                })));
        return byLabel;
    }
}
