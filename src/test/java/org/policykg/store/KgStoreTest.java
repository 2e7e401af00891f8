package org.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.rdf.Identity;
import org.policykg.rdf.MappedDocument;
import org.policykg.rdf.PKG;

/** Writing several documents in one transaction, and compacting a store on disk. */
class KgStoreTest {

    private static MappedDocument doc(String key, String sourceFile, int labels) {
        return doc(key, "/in/" + sourceFile, sourceFile, labels);
    }

    private static MappedDocument doc(String key, String sourcePath, String sourceFile, int labels) {
        Model m = ModelFactory.createDefaultModel();
        String iri = "https://example.org/doc/" + key;
        m.createResource(iri).addProperty(RDF.type, PKG.PolicyDocument).addProperty(PKG.sourceFile, sourceFile)
                .addProperty(PKG.sourcePath, sourcePath);
        for (int i = 0; i < labels; i++) {
            m.createResource(iri + "/c" + i).addProperty(RDFS.label, key + i);
        }
        return new MappedDocument(key, iri, "https://example.org/graph/" + key, key, sourceFile, sourcePath, labels, m, new Identity(Identity.Basis.TITLE, key));
    }

    private static List<String> graphs(KgStore store) {
        return store.read(ds -> {
            List<String> names = new ArrayList<>();
            ds.listNames().forEachRemaining(names::add);
            names.sort(null);
            return names;
        });
    }

    private static long triples(KgStore store) {
        return store.read(ds -> ds.getUnionModel().size());
    }

    @Test
    void shouldDropTheEarlierGraphOfARenamedDocumentFromTheSameFile() {
        try (KgStore store = KgStore.inMemory()) {
            store.replaceAll(List.of(doc("a", "plan.txt", 3), doc("b", "other.txt", 2)));

            store.replaceAll(List.of(doc("a2", "plan.txt", 4), doc("c", "third.txt", 1)));

            assertThat(graphs(store)).containsExactly("https://example.org/graph/a2", "https://example.org/graph/b",
                    "https://example.org/graph/c");
            assertThat(store.documentCount()).isEqualTo(3);
        }
    }

    @Test
    void shouldKeepTwoDocumentsFromFilesOfTheSameNameInTwoFolders() {
        try (KgStore store = KgStore.inMemory()) {
            store.replaceAll(List.of(doc("a", "/in/a/plan.txt", "plan.txt", 3), doc("b", "/in/b/plan.txt", "plan.txt", 2)));
            store.replace(doc("c", "/in/c/plan.txt", "plan.txt", 1));

            assertThat(graphs(store)).containsExactly("https://example.org/graph/a", "https://example.org/graph/b",
                    "https://example.org/graph/c");
            assertThat(store.sourcePathOf("https://example.org/graph/b")).contains("/in/b/plan.txt");
        }
    }

    @Test
    void shouldReplaceAGraphStoredWithoutAPathFromAFileOfTheSameName() {
        try (KgStore store = KgStore.inMemory()) {
            MappedDocument old = doc("a", "plan.txt", 2);
            old.model().removeAll(null, PKG.sourcePath, null);
            store.replace(old);

            store.replace(doc("a2", "plan.txt", 1));

            assertThat(graphs(store)).containsExactly("https://example.org/graph/a2");
        }
    }

    @Test
    void shouldLetTheLaterOfTwoDocumentsWithTheSameGraphWinWithinABatch() {
        try (KgStore store = KgStore.inMemory()) {
            store.replaceAll(List.of(doc("a", "one.txt", 5), doc("a", "two.txt", 1)));

            assertThat(graphs(store)).containsExactly("https://example.org/graph/a");
            assertThat(triples(store)).isEqualTo(4);
        }
    }

    @Test
    void shouldKeepEveryTripleWhenCompacting(@TempDir Path dir) {
        try (KgStore store = KgStore.open(dir.resolve("tdb2"))) {
            store.replaceAll(List.of(doc("a", "a.txt", 50), doc("b", "b.txt", 50)));
            store.replace(doc("a", "a.txt", 20));
            long before = triples(store);

            store.compact();

            assertThat(triples(store)).isEqualTo(before).isEqualTo((3 + 20) + (3 + 50));
            assertThat(graphs(store)).hasSize(2);
        }
    }
}
