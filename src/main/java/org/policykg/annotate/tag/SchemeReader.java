package org.policykg.annotate.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.conventions.Tsv;

/** Reads the SKOS schemes and turns a scheme's Chinese labels into a {@link LabelIndex}. */
final class SchemeReader {

    static final String RESOURCE = "ontology/schemes.ttl";
    static final String BOUNDARY_WORDS = "conventions/tag-boundary-words.tsv";

    private SchemeReader() {
    }

    static Model load() {
        try (InputStream in = SchemeReader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing concept schemes on classpath: " + RESOURCE);
            }
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, in, Lang.TURTLE);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> boundaryWords() {
        Set<String> words = new HashSet<>();
        Tsv.classpath(BOUNDARY_WORDS).forEach(r -> words.add(r.get("word").strip()));
        return words;
    }

    /** Every zh prefLabel and altLabel of the concepts in scheme, mapped to the concepts that carry it. */
    static LabelIndex chineseLabels(Model m, String scheme, Set<String> boundaryWords) {
        Map<String, Set<String>> byLabel = new HashMap<>();
        m.listSubjectsWithProperty(SKOS.inScheme, m.createResource(scheme)).forEachRemaining(c -> {
            addLabels(byLabel, c, SKOS.prefLabel);
            addLabels(byLabel, c, SKOS.altLabel);
        });
        if (byLabel.isEmpty()) {
            throw new IllegalStateException("concept scheme has no Chinese labels: " + scheme);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        byLabel.forEach((label, concepts) -> frozen.put(label, Set.copyOf(concepts)));
        return new LabelIndex(frozen, boundaryWords);
    }

    private static void addLabels(Map<String, Set<String>> byLabel, Resource concept, Property p) {
        concept.listProperties(p).forEachRemaining(st -> {
            RDFNode o = st.getObject();
            if (o.isLiteral() && isChinese(o.asLiteral()) && !o.asLiteral().getLexicalForm().isBlank()) {
                byLabel.computeIfAbsent(o.asLiteral().getLexicalForm().strip(), k -> new HashSet<>())
                        .add(concept.getURI());
            }
        });
    }

    private static boolean isChinese(Literal l) {
        String lang = l.getLanguage().toLowerCase();
        return lang.equals("zh") || lang.startsWith("zh-");
    }
}
