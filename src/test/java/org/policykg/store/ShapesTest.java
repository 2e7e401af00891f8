package org.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policykg.Samples;
import org.policykg.ingest.IngestListener;
import org.policykg.ingest.IngestService;
import org.policykg.rdf.ELI;
import org.policykg.rdf.PKG;

/** The built graph (documents, ontology, reference data) conforms to ontology/shapes.ttl. */
class ShapesTest {

    private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
    private final KgStore store = KgStore.inMemory();

    @AfterEach
    void close() {
        store.close();
    }

    private ValidationReport validate() {
        return store.read(ds -> ShaclValidator.get().validate(SHAPES, ds.getUnionModel().getGraph()));
    }

    private void build() {
        new ReferenceGraphs(Samples::jurisdictions).install(store);
        new IngestService(Samples.pipeline(), store).ingest(List.of(Samples.CORPUS), IngestListener.NONE);
    }

    @Test
    void shouldConformToTheShapesAfterIngestingTheSamples() {
        build();

        ValidationReport report = validate();

        assertThat(report.conforms()).as(() -> report.getEntries().stream().limit(10).map(Object::toString).toList().toString())
                .isTrue();
    }

    @Test
    void shouldConformToTheShapesAfterIngestingDocumentsOfOtherLevelsAndProvinces() {
        new ReferenceGraphs(Samples::jurisdictions).install(store);
        new IngestService(Samples.pipeline(), store).ingest(List.of(Path.of("src/test/resources/unseen")), IngestListener.NONE);

        ValidationReport report = validate();

        assertThat(report.conforms()).as(() -> report.getEntries().stream().limit(10).map(Object::toString).toList().toString())
                .isTrue();
    }

    @Test
    void shouldReportADocumentThatLostItsTitle() {
        build();
        Txn.executeWrite(store.dataset(), () -> {
            java.util.List<String> names = new java.util.ArrayList<>();
            store.dataset().listNames().forEachRemaining(names::add);
            String g = names.stream().filter(n -> n.startsWith(PKG.GRAPH + "doc/")).findFirst().orElseThrow();
            Model m = store.dataset().getNamedModel(g);
            m.removeAll(null, ELI.title, null);
        });

        ValidationReport report = validate();

        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries()).anySatisfy(e -> assertThat(e.resultPath().toString()).contains("title"));
    }

    @Test
    void shouldSeeTheOntologyAndReferenceGraphsInTheUnion() {
        build();
        boolean ontology = store.read(ds -> ds.getUnionModel().contains(PKG.Clause, RDFS.label));
        int jurisdictions = store.read(ds -> ds.getUnionModel().listSubjectsWithProperty(PKG.divisionCode).toList().size());
        assertThat(ontology).isTrue();
        assertThat(jurisdictions).isGreaterThan(3000);
    }

    @Test
    void shouldConformWithStandingFrequentAndTargetDeadlines(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("plan.txt"), """
                杭州市2023年数字经济工作方案

                一、重点任务

                （一）建设算力中心。（持续推进，牵头单位：市经信局）

                （二）按季度通报进展。（牵头单位：市发展改革委）

                （三）到2025年建成示范园区10个。（牵头单位：市科技局）
                """);
        new ReferenceGraphs(Samples::jurisdictions).install(store);
        new IngestService(Samples.pipeline(), store).ingest(List.of(dir), IngestListener.NONE);

        ValidationReport report = validate();
        List<String> kinds = store.read(ds -> ds.getUnionModel().listObjectsOfProperty(PKG.deadlineKind)
                .mapWith(o -> o.asLiteral().getString()).toList());

        assertThat(report.conforms()).as(() -> report.getEntries().stream().limit(10).map(Object::toString).toList().toString())
                .isTrue();
        assertThat(kinds).contains("ongoing", "recurring", "date");
    }
}
