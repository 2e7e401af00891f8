package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.policykg.Samples;
import org.policykg.rdf.ELI;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;

/** Ingesting into TDB2: all samples, idempotence, atomic replacement, and bad files beside good ones. */
class IngestServiceTest {

    private final KgStore store = KgStore.inMemory();
    private final IngestService ingest = new IngestService(Samples.pipeline(), store);

    @AfterEach
    void close() {
        store.close();
    }

    /** Triples of the document graphs (not the link state the ingest records beside them). */
    private long triples() {
        return store.read(ds -> {
            long n = 0;
            for (String g : documentGraphs(ds)) {
                n += ds.getNamedModel(g).size();
            }
            return n;
        });
    }

    private static List<String> documentGraphs(org.apache.jena.query.Dataset ds) {
        List<String> names = new ArrayList<>();
        ds.listNames().forEachRemaining(g -> {
            if (!g.equals(PKG.LINK_STATE_GRAPH)) {
                names.add(g);
            }
        });
        return names;
    }

    private static Model copy(KgStore s) {
        return s.read(ds -> ModelFactory.createDefaultModel().add(ds.getUnionModel()));
    }

    @Test
    void shouldStoreEverySampleDocumentInItsOwnGraph() {
        IngestReport r = ingest.ingest(List.of(Samples.CORPUS), IngestListener.NONE);

        assertThat(r.errors()).isEmpty();
        assertThat(r.documents()).isEqualTo(5);
        assertThat(r.clauses()).isEqualTo(199);
        assertThat(store.documentCount()).isEqualTo(5);
        List<String> graphs = store.read(IngestServiceTest::documentGraphs);
        assertThat(graphs).hasSize(5).allMatch(g -> g.startsWith("https://w3id.org/policykg/graph/doc/"));
    }

    @Test
    void shouldBeIdempotentWhenTheSameFilesAreIngestedAgain() {
        ingest.ingest(List.of(Samples.CORPUS), IngestListener.NONE);
        long before = triples();

        IngestReport again = ingest.ingest(List.of(Samples.CORPUS), IngestListener.NONE);

        assertThat(again.ok()).isTrue();
        assertThat(triples()).isEqualTo(before);
        assertThat(store.documentCount()).isEqualTo(5);
    }

    @Test
    void shouldReplaceADocumentWhoseFileChanged(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("plan.txt");
        String text = Files.readString(Samples.file("002_2271524e11752f97.txt"));
        Files.writeString(copy, text);
        ingest.ingest(List.of(copy), IngestListener.NONE);

        Files.writeString(copy, text.replace("芜湖市2020年落后产能退出工作方案", "芜湖市2021年落后产能退出工作方案"));
        ingest.ingest(List.of(copy), IngestListener.NONE);

        assertThat(store.documentCount()).isEqualTo(1);
        List<String> titles = store.read(ds -> ds.getUnionModel().listSubjectsWithProperty(RDF.type, PKG.PolicyDocument)
                .mapWith(d -> d.getProperty(ELI.title).getString()).toList());
        assertThat(titles)
                .containsExactly("芜湖市2021年落后产能退出工作方案");
    }

    @Test
    void shouldReportABadFileInOneLineAndStillLoadTheOthers(@TempDir Path dir) throws Exception {
        Files.copy(Samples.file("000_b674c33e703a95d4.txt"), dir.resolve("a-good.txt"));
        Files.write(dir.resolve("b-binary.txt"), new byte[] {(byte) 0x80, (byte) 0xC3, 0x28, (byte) 0xFF, 0x00, (byte) 0x9F});
        Files.writeString(dir.resolve("c-empty.txt"), "  \n");
        String gbk = Files.readString(Samples.file("002_2271524e11752f97.txt"), StandardCharsets.UTF_8);
        Files.write(dir.resolve("d-gbk.txt"), gbk.getBytes(Charset.forName("GBK")));
        List<String> heard = new ArrayList<>();

        IngestReport r = ingest.ingest(List.of(dir, dir.resolve("missing.txt")), new IngestListener() {
            @Override
            public void failed(String message) {
                heard.add(message);
            }
        });

        assertThat(r.documents()).isEqualTo(2);
        assertThat(store.documentCount()).isEqualTo(2);
        assertThat(r.errors()).hasSize(3).allSatisfy(e -> assertThat(e).doesNotContain("\n"));
        assertThat(r.errors()).anySatisfy(e -> assertThat(e).contains("b-binary.txt").contains("not valid"));
        assertThat(r.errors()).anySatisfy(e -> assertThat(e).contains("c-empty.txt").contains("empty"));
        assertThat(r.errors()).anySatisfy(e -> assertThat(e).contains("missing.txt").contains("no such file"));
        assertThat(heard).containsExactlyInAnyOrderElementsOf(r.errors());
    }

    @Test
    void shouldStoreTheGoodFilesOfABatchThatHoldsABadOne(@TempDir Path dir) throws Exception {
        Files.copy(Samples.file("000_b674c33e703a95d4.txt"), dir.resolve("a-good.txt"));
        Files.writeString(dir.resolve("b-empty.txt"), "  \n");
        Files.copy(Samples.file("002_2271524e11752f97.txt"), dir.resolve("c-good.txt"));
        IngestService batched = new IngestService(Samples.pipeline(), store, null, new WriteBudget(3, 1_000_000));

        IngestReport r = batched.ingest(List.of(dir), IngestListener.NONE);

        assertThat(r.documents()).isEqualTo(2);
        assertThat(store.documentCount()).isEqualTo(2);
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e).contains("b-empty.txt"));
    }

    @Test
    void shouldReplaceGraphsWhenTheSameFilesAreIngestedAgainInBatches() {
        IngestService batched = new IngestService(Samples.pipeline(), store, null, new WriteBudget(2, 1_000_000));
        IngestReport first = batched.ingest(List.of(Samples.CORPUS), IngestListener.NONE);
        long before = triples();

        IngestReport again = batched.ingest(List.of(Samples.CORPUS), IngestListener.NONE);

        assertThat(again.ok()).isTrue();
        assertThat(again.triples()).isEqualTo(first.triples()).isEqualTo(before);
        assertThat(triples()).isEqualTo(before);
        assertThat(store.documentCount()).isEqualTo(5);
    }

    @Test
    void shouldStoreTheSameTriplesWhateverTheBatchSize() {
        IngestReport oneByOne = new IngestService(Samples.pipeline(), store, null, new WriteBudget(1, 1))
                .ingest(List.of(Samples.CORPUS), IngestListener.NONE);
        long single = triples();
        try (KgStore other = KgStore.inMemory()) {
            new IngestService(Samples.pipeline(), other).ingest(List.of(Samples.CORPUS), IngestListener.NONE);
            assertThat(copy(other).isIsomorphicWith(copy(store))).isTrue();
        }
        assertThat(oneByOne.triples()).isEqualTo(single);
    }

    @Test
    void shouldKeepTwoUntitledDocumentsApartAndWarnThatTheyHaveNoTitle(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "各单位要按时报送数据开放进展情况。市数据局负责。");
        Files.writeString(dir.resolve("b.txt"), "各单位要做好安全生产检查工作。市应急管理局负责。");

        IngestReport r = ingest.ingest(List.of(dir), IngestListener.NONE);

        assertThat(r.documents()).isEqualTo(2);
        assertThat(store.documentCount()).isEqualTo(2);
        assertThat(r.warnings()).hasSize(2).allMatch(w -> w.contains("no title or document number found"));
        assertThat(r.summary()).endsWith("0 failed, 2 warnings");
    }

    @Test
    void shouldNameBothFilesWhenOneDocumentReplacesAnother(@TempDir Path dir) throws Exception {
        String head = "某市人民政府办公室\n某府办〔2024〕7号\n关于印发某市数据开放工作方案的通知\n";
        Files.writeString(dir.resolve("draft.txt"), head + "一、工作目标\n推进数据开放。");
        Files.writeString(dir.resolve("final.txt"), head + "一、工作目标\n全面推进数据开放。");

        IngestReport r = ingest.ingest(List.of(dir.resolve("draft.txt"), dir.resolve("final.txt")), IngestListener.NONE);

        assertThat(store.documentCount()).isEqualTo(1);
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w)
                .contains("final.txt").contains("draft.txt").contains("same document number 某府办〔2024〕7号"));
    }

    @Test
    void shouldWarnWhenADocumentReplacesOneStoredFromAnotherFile(@TempDir Path dir) throws Exception {
        String text = "某市人民政府办公室\n某府办〔2024〕8号\n关于印发某市数据开放工作方案的通知\n一、工作目标\n推进数据开放。";
        Files.writeString(dir.resolve("one.txt"), text);
        Files.writeString(dir.resolve("two.txt"), text);
        ingest.ingest(List.of(dir.resolve("one.txt")), IngestListener.NONE);

        IngestReport r = ingest.ingest(List.of(dir.resolve("two.txt")), IngestListener.NONE);

        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w)
                .contains("two.txt").contains("replaces the stored document from " + dir.resolve("one.txt").toAbsolutePath()));
    }

    @Test
    void shouldCountInTheSummaryWhatTheStoreHoldsWhenOneDocumentComesUnderTwoNames(@TempDir Path dir) throws Exception {
        Path sample = Samples.documents().get(0);
        Files.copy(sample, dir.resolve("copy.txt"));
        Files.writeString(dir.resolve("empty.txt"), "");

        IngestReport r = ingest.ingest(List.of(Samples.CORPUS, dir), IngestListener.NONE);

        assertThat(r.documents()).isEqualTo(store.documentCount()).isEqualTo(5);
        assertThat(r.summary()).startsWith(store.documentCount() + " documents, ").contains("1 failed");
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("copy.txt").contains(sample.getFileName().toString()));
    }
}
