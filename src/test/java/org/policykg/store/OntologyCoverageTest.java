package org.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.Samples;
import org.policykg.ingest.IngestListener;
import org.policykg.ingest.IngestService;
import org.policykg.link.CrossDocumentLinker;
import org.policykg.rdf.PKG;

/**
 * Every PolicyKG term the built graph uses (as a property or a class) and every {@code pkg:} term a query names is
 * declared in ontology/policykg.ttl with a Chinese and an English label, so that researchers can look up what
 * they query.
 */
class OntologyCoverageTest {

    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/policykg.ttl");
    private static final Pattern QUERY_TERM = Pattern.compile("\\bpkg:([A-Za-z][A-Za-z0-9_]*)");
    private static KgStore store;

    @BeforeAll
    static void build() {
        store = KgStore.inMemory();
        new ReferenceGraphs(Samples::jurisdictions).install(store);
        new IngestService(Samples.pipeline(), store, new CrossDocumentLinker(Samples.jurisdictions()))
                .ingest(List.of(Samples.CORPUS), IngestListener.NONE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void shouldDeclareEveryTermTheBuiltGraphUses() {
        Set<String> used = store.read(ds -> {
            Set<String> terms = new TreeSet<>();
            ds.listModelNames().forEachRemaining(g -> {
                if (!g.getURI().equals(PKG.ONTOLOGY_GRAPH)) {
                    collect(ds.getNamedModel(g), terms);
                }
            });
            return terms;
        });

        assertThat(used).isNotEmpty().allSatisfy(OntologyCoverageTest::assertDeclared);
    }

    @Test
    void shouldDeclareEveryTermTheQueriesName() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("queries"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                Matcher m = QUERY_TERM.matcher(Files.readString(f));
                while (m.find()) {
                    named.add(PKG.NS + m.group(1));
                }
            }
        }

        assertThat(named).hasSizeGreaterThan(20).allSatisfy(OntologyCoverageTest::assertDeclared);
    }

    private static void collect(Model m, Set<String> terms) {
        for (Statement s : m.listStatements().toList()) {
            addIfOurs(s.getPredicate(), terms);
            if (s.getPredicate().equals(RDF.type)) {
                addIfOurs(s.getObject(), terms);
            }
        }
    }

    private static void addIfOurs(RDFNode n, Set<String> terms) {
        if (n.isURIResource() && n.asResource().getURI().startsWith(PKG.NS)) {
            terms.add(n.asResource().getURI());
        }
    }

    private static void assertDeclared(String term) {
        Resource r = ONTOLOGY.createResource(term);
        List<String> languages = Stream.concat(r.listProperties(RDFS.label).toList().stream(),
                        r.listProperties(SKOS.prefLabel).toList().stream())
                .map(s -> s.getLanguage()).toList();
        assertThat(languages).as("labels of %s in ontology/policykg.ttl", term).contains("zh", "en");
    }
}
