package org.policykg.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policykg.Samples;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.rdf.ELI;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;

/** The document chain on hand-made graphs: which citations are stored documents, and the edges that follow. */
class DocumentChainTest {

    private static final Jurisdiction CITY = Samples.jurisdictions().lookup("杭州市", "").orElseThrow();
    private static final Jurisdiction PROVINCE = Samples.jurisdictions().lookup("浙江省", "").orElseThrow();
    private static final String PROVINCE_PLAN = "浙江省2022年推动落后产能退出工作方案";
    private static final String PROVINCE_NOTICE = "浙江省协调小组关于印发浙江省 2022 年推动落后产能退出工作方案的通知";

    private final KgStore store = KgStore.inMemory();

    @AfterEach
    void close() {
        store.close();
    }

    private Model links() {
        new CrossDocumentLinker(Samples.jurisdictions()).link(store);
        return store.read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(PKG.LINKS_GRAPH)));
    }

    private static Resource r(Model m, String iri) {
        return m.createResource(iri);
    }

    @Test
    void shouldTakeACitedNumberForTheStoredDocumentWithThatNumber() {
        new GraphFixture("urn:province", PROVINCE_PLAN, PROVINCE, 2022).number("浙经信〔2022〕1号").clause("¶1", "为…").storeIn(store);
        new GraphFixture("urn:city", "杭州市2022年工作计划", CITY, 2022).clause("¶1", "根据…").cites("implements", "浙经信〔2022〕1号", "某个别的标题").storeIn(store);

        Model links = links();

        Resource stub = r(links, Iris.cited(false, "浙经信〔2022〕1号", null));
        assertThat(links.contains(stub, OWL.sameAs, r(links, "urn:province"))).isTrue();
        assertThat(links.contains(r(links, "urn:city"), ELI.ensures_implementation_of, r(links, "urn:province"))).isTrue();
    }

    @Test
    void shouldTakeACitedNoticeForTheStoredPlanItIssues() {
        new GraphFixture("urn:province", PROVINCE_PLAN, PROVINCE, 2022).clause("¶1", "为…").storeIn(store);
        new GraphFixture("urn:city", "杭州市2022年工作计划", CITY, 2022).clause("¶1", "根据…")
                .cites("implements", "浙工信函〔2022〕9号", PROVINCE_NOTICE).cites("cites", null, PROVINCE_PLAN).storeIn(store);

        Model links = links();

        assertThat(links.contains(r(links, Iris.cited(false, "浙工信函〔2022〕9号", null)), OWL.sameAs, r(links, "urn:province"))).isTrue();
        assertThat(links.contains(r(links, Iris.cited(false, null, PROVINCE_PLAN)), OWL.sameAs, r(links, "urn:province"))).isTrue();
        assertThat(links.contains(r(links, "urn:city"), ELI.ensures_implementation_of, r(links, "urn:province"))).isTrue();
        assertThat(links.contains(r(links, "urn:city"), ELI.cites, r(links, "urn:province"))).isTrue();
    }

    @Test
    void shouldMatchTheCoveringNoticeTitleOfAStoredDocument() {
        new GraphFixture("urn:province", PROVINCE_PLAN, PROVINCE, 2022).alternativeTitle(PROVINCE_NOTICE).clause("¶1", "为…").storeIn(store);
        new GraphFixture("urn:city", "杭州市2022年工作计划", CITY, 2022).clause("¶1", "根据…")
                .cites("implements", null, "浙江省协调小组关于印发浙江省2022年推动落后产能退出工作方案的通知").storeIn(store);

        Model links = links();

        assertThat(links.contains(r(links, "urn:city"), ELI.ensures_implementation_of, r(links, "urn:province"))).isTrue();
    }

    @Test
    void shouldLeaveAStubWhoseTitleFitsTwoStoredDocumentsAndPlaceIt() {
        new GraphFixture("urn:a", PROVINCE_PLAN, PROVINCE, 2022).clause("¶1", "为…").storeIn(store);
        new GraphFixture("urn:b", PROVINCE_PLAN, PROVINCE, 2022).clause("¶1", "为了…").storeIn(store);
        new GraphFixture("urn:city", "杭州市2022年工作计划", CITY, 2022).clause("¶1", "根据…").cites("implements", null, PROVINCE_PLAN).storeIn(store);

        Model links = links();

        Resource stub = r(links, Iris.cited(false, null, PROVINCE_PLAN));
        assertThat(links.listObjectsOfProperty(stub, OWL.sameAs).toList()).isEmpty();
        assertThat(links.contains(stub, PKG.level, r(links, PKG.NS + "Province"))).isTrue();
    }

    @Test
    void shouldNotLinkADocumentToItself() {
        new GraphFixture("urn:city", "杭州市2022年工作计划", CITY, 2022).clause("¶1", "现将《杭州市2022年工作计划》印发给你们")
                .cites("cites", null, "杭州市2022年工作计划").storeIn(store);

        Model links = links();

        assertThat(links.listStatements(r(links, "urn:city"), null, (RDFNode) null).toList()).isEmpty();
    }
}
