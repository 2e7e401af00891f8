package org.policykg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.Samples;
import org.policykg.bench.SyntheticCorpus;
import org.policykg.rdf.MappedDocument;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;

/**
 * The incremental pass against the full one: a synthetic corpus stored in several runs, in two shuffled orders,
 * each run followed by the pass over what is pending (but one, as after a crash), or stored again in part, ends
 * with the links graph and link state of one full pass over the same documents.
 */
class IncrementalLinkTest {

    @TempDir
    static Path dir;

    private static final List<MappedDocument> DOCS = new ArrayList<>();
    private static Model fullLinks;
    private static Model fullState;
    private static LinkReport full;

    @BeforeAll
    static void extractAndLinkAtOnce() throws IOException {
        SyntheticCorpus.write(24, 3, dir);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        files.forEach(f -> DOCS.add(Samples.pipeline().extract(f)));
        try (KgStore store = KgStore.inMemory()) {
            LinkState.replace(store, DOCS);
            full = linker().link(store);
            fullLinks = graph(store, PKG.LINKS_GRAPH);
            fullState = graph(store, PKG.LINK_STATE_GRAPH);
        }
    }

    private static CrossDocumentLinker linker() {
        return new CrossDocumentLinker(Samples.jurisdictions());
    }

    private static Model graph(KgStore store, String iri) {
        return store.read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(iri)));
    }

    /**
     * Stores the documents in runs of the given sizes, in a shuffled order, with the pass after each run but the
     * second, as if that run had stopped before its pass.
     */
    private static KgStore inRuns(long seed, int... sizes) {
        List<MappedDocument> docs = new ArrayList<>(DOCS);
        Collections.shuffle(docs, new Random(seed));
        KgStore store = KgStore.inMemory();
        int from = 0;
        for (int i = 0; i <= sizes.length; i++) {
            int to = i < sizes.length ? from + sizes[i] : docs.size();
            LinkState.replace(store, docs.subList(from, to));
            if (i != 1) {
                linker().link(store, Set.of());
            }
            from = to;
        }
        return store;
    }

    @Test
    void shouldLinkAndAlignTheCorpusAtAll() {
        assertThat(full.sameAs()).isPositive();
        assertThat(full.alignments()).isPositive();
        assertThat(full.allBatches()).isGreaterThan(10);
        assertThat(fullState.isEmpty()).isFalse();
    }

    @Test
    void shouldEndWithTheGraphOfAFullPassWhenStoredInRunsInAnyOrder() {
        try (KgStore store = inRuns(1, 10, 1, 4, 1)) {
            assertThat(graph(store, PKG.LINKS_GRAPH).isIsomorphicWith(fullLinks)).as("links").isTrue();
            assertThat(graph(store, PKG.LINK_STATE_GRAPH).isIsomorphicWith(fullState)).as("state").isTrue();
        }
    }

    @Test
    void shouldEndWithTheGraphOfAFullPassWhenDocumentsAreStoredAgain() {
        try (KgStore store = inRuns(4, 12, 0)) {
            LinkState.replace(store, List.of(DOCS.get(0), DOCS.get(DOCS.size() / 2), DOCS.get(DOCS.size() - 1)));

            LinkReport again = linker().link(store, Set.of());

            assertThat(again.pending()).isEqualTo(3);
            assertThat(graph(store, PKG.LINKS_GRAPH).isIsomorphicWith(fullLinks)).isTrue();
            Set<String> pending = store.read(ds -> LinkState.pending(ds.asDatasetGraph()));
            assertThat(pending).isEmpty();
        }
    }

    @Test
    void shouldAlignOnlyTheBatchesANewDocumentTakesPartIn() {
        try (KgStore store = KgStore.inMemory()) {
            LinkState.replace(store, DOCS.subList(0, DOCS.size() - 1));
            linker().link(store, Set.of());
            LinkState.replace(store, DOCS.subList(DOCS.size() - 1, DOCS.size()));

            LinkReport one = linker().link(store, Set.of());

            assertThat(one.pending()).isEqualTo(1);
            assertThat(one.batches()).isPositive().isLessThan(one.allBatches() / 2);
            assertThat(graph(store, PKG.LINKS_GRAPH).isIsomorphicWith(fullLinks)).isTrue();
        }
    }
}
