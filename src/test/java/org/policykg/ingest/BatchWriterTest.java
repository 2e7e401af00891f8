package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.policykg.rdf.Identity;
import org.policykg.rdf.MappedDocument;

/** Where batches split, and what a failed batch reports. */
class BatchWriterTest {

    private final List<List<String>> batches = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<Integer> progress = new ArrayList<>();
    private final IngestListener listener = new IngestListener() {
        @Override
        public void stored(int done, int files, String file) {
            progress.add(done);
        }
    };

    private static MappedDocument doc(String key, int triples) {
        Model m = ModelFactory.createDefaultModel();
        Resource d = m.createResource("urn:doc:" + key);
        for (int i = 0; i < triples; i++) {
            d.addProperty(RDFS.label, key + i);
        }
        return new MappedDocument(key, d.getURI(), "urn:graph:" + key, key, key + ".txt", "/in/" + key + ".txt", 1, m, new Identity(Identity.Basis.TITLE, key));
    }

    private BatchWriter writer(WriteBudget budget, int files) {
        return new BatchWriter(docs -> batches.add(docs.stream().map(MappedDocument::key).toList()), budget, files, errors, listener);
    }

    @Test
    void shouldWriteABatchWhenItHoldsTheBudgetedNumberOfDocuments() {
        BatchWriter w = writer(new WriteBudget(2, 1_000_000), 5);

        for (String k : List.of("a", "b", "c", "d", "e")) {
            w.add(Path.of(k + ".txt"), doc(k, 3));
        }
        w.flush();

        assertThat(batches).containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e"));
        assertThat(w.documents()).isEqualTo(5);
        assertThat(w.triples()).isEqualTo(15);
        assertThat(progress).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void shouldWriteABatchAsSoonAsItReachesTheTripleBudget() {
        BatchWriter w = writer(new WriteBudget(100, 10), 4);

        w.add(Path.of("a.txt"), doc("a", 4));
        w.add(Path.of("b.txt"), doc("b", 4));
        w.add(Path.of("c.txt"), doc("c", 4));
        w.add(Path.of("d.txt"), doc("d", 20));
        w.flush();

        assertThat(batches).containsExactly(List.of("a", "b", "c"), List.of("d"));
    }

    @Test
    void shouldWriteTheGoodDocumentsOfAFailedBatchAloneAndReportOnlyTheBadOne() {
        BatchWriter w = new BatchWriter(docs -> {
            if (docs.stream().anyMatch(d -> d.key().equals("b"))) {
                throw new IllegalStateException("disk full\nwhile committing");
            }
            batches.add(docs.stream().map(MappedDocument::key).toList());
        }, new WriteBudget(2, 1_000), 4, errors, listener);

        for (String k : List.of("a", "b", "c", "d")) {
            w.add(Path.of(k + ".txt"), doc(k, 1));
        }
        w.flush();

        assertThat(batches).containsExactly(List.of("a"), List.of("c", "d"));
        assertThat(w.documents()).isEqualTo(3);
        assertThat(errors).singleElement().satisfies(e -> assertThat(e).startsWith("b.txt: ")
                .contains("disk full while committing").doesNotContain("\n"));
        assertThat(progress).containsExactlyInAnyOrder(1, 2, 3, 4);
    }

    @Test
    void shouldCountADocumentWrittenTwiceInOneRunOnce() {
        BatchWriter w = new BatchWriter(docs -> { }, new WriteBudget(1, 1_000), 2, errors, listener);

        w.add(Path.of("a.txt"), doc("a", 5));
        w.add(Path.of("copy-of-a.txt"), doc("a", 5));
        w.flush();

        assertThat(w.documents()).isEqualTo(1);
        assertThat(w.triples()).isEqualTo(5);
    }

    private static MappedDocument from(String path, MappedDocument d) {
        return new MappedDocument(d.key(), d.documentIri(), d.graphIri(), d.title(), "plan.txt", path, 1, d.model(), d.identity());
    }

    @Test
    void shouldCountBothDocumentsWhenFilesInTwoFoldersShareAName() {
        BatchWriter w = new BatchWriter(docs -> { }, new WriteBudget(1, 1_000), 2, errors, listener);

        w.add(Path.of("x/plan.txt"), from("/in/x/plan.txt", doc("a", 5)));
        w.add(Path.of("y/plan.txt"), from("/in/y/plan.txt", doc("b", 7)));
        w.flush();

        assertThat(w.documents()).isEqualTo(2);
        assertThat(w.triples()).isEqualTo(12);
    }

    @Test
    void shouldNotCountTheEarlierDocumentOfAFileWrittenAgainUnderANewKey() {
        BatchWriter w = new BatchWriter(docs -> { }, new WriteBudget(1, 1_000), 2, errors, listener);

        w.add(Path.of("x/plan.txt"), from("/in/x/plan.txt", doc("a", 5)));
        w.add(Path.of("x/plan.txt"), from("/in/x/plan.txt", doc("b", 7)));
        w.flush();

        assertThat(w.documents()).isEqualTo(1);
        assertThat(w.triples()).isEqualTo(7);
    }

    @Test
    void shouldRejectABudgetThatAdmitsNothing() {
        assertThatThrownBy(() -> new WriteBudget(0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
