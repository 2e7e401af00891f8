package org.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.rdf.Identity;
import org.policykg.rdf.MappedDocument;
import org.policykg.rdf.PKG;

/** The Chinese full-text index: phrases found by text:query, kept in step with documents replaced, built for an older store. */
class ClauseIndexTest {

    private static final String FIND = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?clause ?snippet WHERE { (?clause ?score ?snippet) text:query (rdf:value ?q "highlight:") } ORDER BY ?clause
            """;

    private static MappedDocument doc(String key, String path, String... clauses) {
        Model m = ModelFactory.createDefaultModel();
        String iri = "https://example.org/doc/" + key;
        Resource d = m.createResource(iri).addProperty(RDF.type, PKG.PolicyDocument).addProperty(PKG.sourcePath, path)
                .addProperty(PKG.sourceFile, path);
        for (int i = 0; i < clauses.length; i++) {
            m.createResource(iri + "/c" + i).addProperty(PKG.inDocument, d).addProperty(PKG.path, String.valueOf(i))
                    .addProperty(RDF.value, clauses[i]);
        }
        return new MappedDocument(key, iri, "https://example.org/graph/" + key, key, path, path, clauses.length, m,
                new Identity(Identity.Basis.TITLE, key));
    }

    private static List<String> find(KgStore store, String lucene) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(FIND);
        q.setLiteral("q", lucene);
        return store.read(ds -> {
            List<String> hits = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), ds)) {
                qe.execSelect().forEachRemaining(s -> hits.add(s.getResource("clause").getURI().replaceAll(".*/", "") + " "
                        + s.getLiteral("snippet").getLexicalForm()));
            }
            return hits;
        });
    }

    @Test
    void shouldFindAChinesePhraseAndHighlightItsWords() {
        try (KgStore store = KgStore.inMemory()) {
            store.replace(doc("a", "/in/a.txt", "推进工业互联网平台建设，由市工业和信息化局牵头。", "加强数据共享和安全保护。"));

            assertThat(find(store, "\"数据共享\"")).singleElement().asString().startsWith("c1 ").contains("↦数据共享↤");
            assertThat(find(store, "\"工业互联网\"")).singleElement().asString().startsWith("c0 ");
            assertThat(find(store, "\"共享数据\"")).isEmpty();
        }
    }

    @Test
    void shouldIndexSubdivisionsOnlyNotTheFactsCutFromThem() {
        MappedDocument d = doc("a", "/in/a.txt", "加强数据共享和安全保护。");
        d.model().createResource(d.documentIri() + "/c0/o").addProperty(PKG.inDocument, d.model().createResource(d.documentIri()))
                .addProperty(RDF.value, "加强数据共享");
        try (KgStore store = KgStore.inMemory()) {
            store.replace(d);

            assertThat(find(store, "\"数据共享\"")).singleElement().asString().startsWith("c0 ");
        }
    }

    @Test
    void shouldForgetTheTextOfADocumentWhenItIsReplaced() {
        try (KgStore store = KgStore.inMemory()) {
            store.replace(doc("a", "/in/plan.txt", "落实安全生产责任制。"));

            store.replace(doc("b", "/in/plan.txt", "完善应急预案体系。"));

            assertThat(find(store, "\"安全生产\"")).isEmpty();
            assertThat(find(store, "\"应急预案\"")).hasSize(1);
        }
    }

    @Test
    void shouldBuildTheIndexOfAStoreThatHasNoneAndKeepItAcrossOpenings(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir)) {
            store.replace(doc("a", "/in/a.txt", "开展节能诊断服务。"));
        }
        try (var files = java.nio.file.Files.walk(dir.resolve(ClauseIndex.FOLDER))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }

        try (KgStore store = KgStore.open(dir)) {
            assertThat(find(store, "\"节能诊断\"")).hasSize(1);
        }
        try (KgStore store = KgStore.open(dir)) {
            store.replace(doc("b", "/in/b.txt", "开展节能诊断服务。"));
            assertThat(find(store, "\"节能诊断\"")).hasSize(2);
        }
    }

    @Test
    void shouldKeepIndexingAfterTheStoreIsCompacted(@TempDir Path dir) {
        try (KgStore store = KgStore.open(dir)) {
            store.replace(doc("a", "/in/a.txt", "开展节能诊断服务。"));
            store.compact();
            store.replace(doc("b", "/in/b.txt", "开展节能诊断服务。"));
            assertThat(find(store, "\"节能诊断\"")).hasSize(2);
        }
        try (KgStore store = KgStore.open(dir)) {
            assertThat(find(store, "\"节能诊断\"")).hasSize(2);
        }
    }

    @Test
    void shouldOpenTheIndexOnlyWhenASearchOrAWriteNeedsIt(@TempDir Path dir) {
        try (KgStore store = KgStore.open(dir)) {
            store.replace(doc("a", "/in/a.txt", "开展节能诊断服务。"));
            assertThat(store.textIndexOpen()).isTrue();
        }

        try (KgStore store = KgStore.open(dir)) {
            long documents = store.documentCount();
            assertThat(store.textIndexOpen()).as("after opening and reading %d document(s)", documents).isFalse();

            assertThat(find(store, "\"节能诊断\"")).hasSize(1);
            assertThat(store.textIndexOpen()).isTrue();
        }
    }
}
