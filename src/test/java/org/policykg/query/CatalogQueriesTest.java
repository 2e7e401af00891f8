package org.policykg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.Samples;
import org.policykg.ingest.IngestListener;
import org.policykg.ingest.IngestService;
import org.policykg.rdf.ELI;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;
import org.policykg.store.ReferenceFixture;

/** The research queries of queries/ over the sample corpus, and over a two-year fixture where the corpus has no case. */
class CatalogQueriesTest {

    private static final QueryCatalog CATALOG = new QueryCatalog();
    private static KgStore corpus;
    private static KgStore twoYears;

    @BeforeAll
    static void build() {
        corpus = ReferenceFixture.storeWithReference();
        new IngestService(Samples.pipeline(), corpus).ingest(List.of(Samples.CORPUS), IngestListener.NONE);
        twoYears = ReferenceFixture.storeWithReference();
        twoYears.replaceGraph(PKG.GRAPH + "fixture", RDFDataMgr.loadModel("queries/two-years.ttl"));
    }

    @AfterAll
    static void close() {
        corpus.close();
        twoYears.close();
    }

    private static List<Map<String, String>> rows(KgStore store, String query, Map<String, String> params) {
        QueryRunner runner = new QueryRunner(store, new DocumentResolver(store, CATALOG), QueryFixtures.DEFAULTS);
        ResultSetRewindable rs = runner.select(CATALOG.get(query), params);
        List<Map<String, String>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new LinkedHashMap<>();
            rs.getResultVars().forEach(v -> row.put(v, text(s.get(v))));
            out.add(row);
        }
        return out;
    }

    private static String text(RDFNode n) {
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    static Stream<NamedQuery> examples() {
        return CATALOG.all().stream().filter(q -> !q.example().isEmpty());
    }

    /** The parameters of a header's example line: query NAME --param k=v … */
    private static Map<String, String> exampleParams(NamedQuery q) {
        Map<String, String> params = new LinkedHashMap<>();
        String[] words = q.example().split("\\s+");
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].equals("--param")) {
                String[] kv = words[i + 1].split("=", 2);
                params.put(kv[0], kv[1]);
            }
        }
        return params;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void shouldRunTheHeaderExampleAndAnswerTheDeclaredColumns(NamedQuery q) {
        // compare-years needs two plan years of one place, which only the fixture holds
        KgStore store = q.name().equals("compare-years") ? twoYears : corpus;
        QueryRunner runner = new QueryRunner(store, new DocumentResolver(store, CATALOG), QueryFixtures.DEFAULTS);

        ResultSetRewindable rs = runner.select(q, exampleParams(q));

        assertThat(rs.getResultVars()).as(q.name()).containsExactlyElementsOf(q.columns());
    }

    @Test
    void shouldListOneAgencysObligationsAcrossDocumentsByDueDate() {
        List<Map<String, String>> rows = rows(corpus, "obligations-of-agency", Map.of("agency", "湛江市工业和信息化局"));
        List<Map<String, String>> partial = rows(corpus, "obligations-of-agency", Map.of("agency", "工业和信息化局"));

        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("label")).isEqualTo("湛江市工业和信息化局"));
        assertThat(rows.get(0).get("dueDate")).isEqualTo("2021-04-30");
        assertThat(rows).extracting(r -> r.get("role")).contains("responsible", "recipient");
        assertThat(partial).extracting(r -> r.get("label")).contains("湛江市工业和信息化局", "江门市工业和信息化局");
    }

    @Test
    void shouldFindObligationsDueInAWindowWithinOneProvince() {
        List<Map<String, String>> guangdong = rows(corpus, "due-between", Map.of("from", "2021-01-01", "to", "2022-01-31", "jurisdiction", "广东省"));
        List<Map<String, String>> everywhere = rows(corpus, "due-between", Map.of("from", "2021-01-01", "to", "2022-01-31"));

        assertThat(guangdong).extracting(r -> r.get("jurisdictionName")).containsOnly("湛江市");
        assertThat(guangdong).extracting(r -> r.get("dueDate")).contains("2021-04-30", "2022-01-05").isSorted();
        assertThat(everywhere).extracting(r -> r.get("jurisdictionName")).contains("湛江市", "芜湖市");
    }

    @Test
    void shouldOrderTheReportingChainFromCountyUpwards() {
        List<Map<String, String>> rows = rows(corpus, "reporting-chain", Map.of("jurisdiction", "广东"));
        List<String> order = List.of("county", "city", "province", "national");

        assertThat(rows).extracting(r -> order.indexOf(r.get("level"))).isSorted().contains(0, 1, 2);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("sender")).isEqualTo("开平市科工商务局");
            assertThat(r.get("recipient")).contains("江门市工业和信息化局");
            assertThat(r.get("deadline")).isEqualTo("2025-01-10");
        });
    }

    @Test
    void shouldSeparateImplementsFromCitesAndFindIncomingCitationsByTitle() {
        List<Map<String, String>> kaiping = rows(corpus, "citations-of", Map.of("doc", "开平"));
        List<Map<String, String>> earlier = rows(twoYears, "citations-of", Map.of("doc", "湛江市2021"));

        assertThat(kaiping).filteredOn(r -> r.get("relation").equals("implements")).extracting(r -> r.get("number"))
                .containsExactlyInAnyOrder("工信部联产业〔2017〕30号", "粤工信规划政策〔2024〕4号", "江工信材料函〔2024〕20号");
        assertThat(kaiping).filteredOn(r -> r.get("relation").equals("cites")).extracting(r -> r.get("number")).contains("国发〔2010〕7号");
        assertThat(earlier).singleElement().satisfies(r -> {
            assertThat(r.get("direction")).isEqualTo("incoming");
            assertThat(r.get("relation")).isEqualTo("implements");
            assertThat(r.get("otherTitle")).isEqualTo("湛江市2022年推动落后产能退出工作方案");
        });
    }

    /** The two-year fixture with the 2022 plan citing the 2021 plan by a notice title only the cross-document pass matches. */
    private static KgStore twoYearsTiedBySameAs() {
        KgStore store = ReferenceFixture.storeWithReference();
        Model fixture = RDFDataMgr.loadModel("queries/two-years.ttl");
        Resource stub = fixture.createResource(fixture.expandPrefix("d:y22-stub"));
        stub.removeAll(ELI.title).addProperty(ELI.title, "湛江市人民政府办公室关于印发湛江市2021年推动落后产能退出工作方案的通知");
        fixture.createResource(fixture.expandPrefix("d:y22")).removeAll(PKG.planYear);
        store.replaceGraph(PKG.GRAPH + "fixture", fixture);
        store.replaceGraph(PKG.GRAPH + "links", ModelFactory.createDefaultModel()
                .add(stub, OWL.sameAs, fixture.createResource(fixture.expandPrefix("d:y21"))));
        return store;
    }

    @Test
    void shouldFindIncomingCitationsThroughTheStubTheCrossDocumentPassTied() {
        KgStore store = twoYearsTiedBySameAs();
        List<Map<String, String>> earlier = rows(store, "citations-of", Map.of("doc", "湛江市2021"));
        store.close();

        assertThat(earlier).singleElement().satisfies(r -> {
            assertThat(r.get("direction")).isEqualTo("incoming");
            assertThat(r.get("otherTitle")).isEqualTo("湛江市2022年推动落后产能退出工作方案");
        });
    }

    @Test
    void shouldPairParentAndChildPlansThroughTheStubTheCrossDocumentPassTied() {
        KgStore store = twoYearsTiedBySameAs();
        List<Map<String, String>> pairs = rows(store, "plan-hierarchy", Map.of());
        store.close();

        assertThat(pairs).singleElement().satisfies(r -> {
            assertThat(r.get("via")).isEqualTo("citation");
            assertThat(r.get("parentTitle")).isEqualTo("湛江市2021年推动落后产能退出工作方案");
            assertThat(r.get("childTitle")).isEqualTo("湛江市2022年推动落后产能退出工作方案");
        });
    }

    @Test
    void shouldGroupThresholdsByTheIndustryOfTheirTableRowOrText() {
        List<Map<String, String>> paper = rows(corpus, "thresholds-by-industry", Map.of("industry", "造纸"));
        List<Map<String, String>> all = rows(corpus, "thresholds-by-industry", Map.of());

        assertThat(paper).isNotEmpty().allSatisfy(r -> assertThat(r.get("industryName")).isEqualTo("造纸"));
        assertThat(paper).extracting(r -> r.get("subject")).contains("化学木浆生产线", "文化纸生产线");
        assertThat(all).filteredOn(r -> r.get("subject").equals("炼铁高炉")).extracting(r -> r.get("industryName")).containsOnly("钢铁");
        assertThat(all).filteredOn(r -> r.get("subject").equals("整改")).extracting(r -> r.get("industryName")).containsOnly("");
    }

    @Test
    void shouldReportAddedRemovedAndChangedObligationsBetweenTwoPlanYears() {
        List<Map<String, String>> rows = rows(twoYears, "compare-years", Map.of("jurisdiction", "湛江市", "yearA", "2021", "yearB", "2022"));

        assertThat(rows).extracting(r -> r.get("change") + ":" + r.get("what") + ":" + r.get("task")).containsExactlyInAnyOrder(
                "added::严防“地条钢”死灰复燃",
                "removed::落实差别化价格政策",
                "changed:owners:加大节能监察力度",
                "changed:deadline:研究部署2021年度具体工作");
    }

    @Test
    void shouldSayThatNoPlanOfAYearIsStoredInsteadOfReportingEveryTaskAsRemoved() {
        assertThatThrownBy(() -> rows(twoYears, "compare-years", Map.of("jurisdiction", "湛江市", "yearA", "2021", "yearB", "2023")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no plan of 湛江市 for 2023 is stored, so nothing can be compared with it");
        assertThatThrownBy(() -> rows(twoYears, "compare-years", Map.of("jurisdiction", "湛江市", "yearA", "2019", "yearB", "2022")))
                .hasMessageContaining("no plan of 湛江市 for 2019 is stored");
    }

    @Test
    void shouldRefuseAnAgencyOrPlaceThatIsNotStored() {
        assertThatThrownBy(() -> rows(corpus, "obligations-of-agency", Map.of("agency", "火星市工业和信息化局")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no stored body is named '火星市工业和信息化局'");
        assertThatThrownBy(() -> rows(corpus, "agency-deadlines", Map.of("agency", "https://w3id.org/policykg/id/agency/nonesuch")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no stored body is");
        assertThatThrownBy(() -> rows(corpus, "due-between", Map.of("from", "2021-01-01", "to", "2021-12-31", "jurisdiction", "火星省")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no jurisdiction is named '火星省'");
        assertThat(rows(corpus, "due-between", Map.of("from", "2021-01-01", "to", "2021-12-31", "jurisdiction", "广东"))).isNotEmpty();
    }

    @Test
    void shouldKnowAnAgencyByItsIriItsWholeNameOrAPartOfItButNotByAnotherName() {
        List<Map<String, String>> whole = rows(corpus, "known-agency", Map.of("name", "湛江市工业和信息化局"));
        String iri = whole.get(0).get("agent");

        assertThat(whole).extracting(r -> r.get("label")).containsExactly("湛江市工业和信息化局");
        assertThat(rows(corpus, "known-agency", Map.of("name", iri))).isEqualTo(whole);
        assertThat(rows(corpus, "known-agency", Map.of("name", "湛江市 工业和信息化局"))).isEqualTo(whole);
        assertThat(rows(corpus, "known-agency", Map.of("name", "工业和信息化局"))).extracting(r -> r.get("label"))
                .contains("湛江市工业和信息化局", "江门市工业和信息化局");
        assertThat(rows(corpus, "known-agency", Map.of("name", "火星市 工业和信息化局"))).isEmpty();
    }

    @Test
    void shouldTakeAStoredDocumentsIriAsItIsAndRefuseAnIriNotStored() {
        DocumentResolver resolver = new DocumentResolver(corpus, CATALOG);
        String zhanjiang = resolver.resolve("湛江");

        assertThat(resolver.resolve(zhanjiang)).isEqualTo(zhanjiang);
        assertThat(resolver.resolve(" " + zhanjiang + " ")).isEqualTo(zhanjiang);
        assertThatThrownBy(() -> resolver.resolve("https://w3id.org/policykg/id/doc/nonesuch"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no document matches");
    }

    @Test
    void shouldListTheParentObligationsTheChildPlanDoesNotCover() {
        List<Map<String, String>> rows = rows(corpus, "coverage", Map.of("parent", "主要任务分工表", "child", "湛江"));

        assertThat(rows).extracting(r -> r.get("task")).contains("落实差别化信贷政策", "做好职工安置")
                .doesNotContain("加大节能监察力度", "能耗方面");
    }

    @Test
    void shouldDeriveEachAgencysJurisdictionLevelAndReformName() {
        Map<String, Map<String, String>> byName = new LinkedHashMap<>();
        rows(corpus, "agencies", Map.of()).forEach(r -> byName.put(r.get("agency"), r));

        assertThat(byName.get("江门市生态环境局开平分局")).containsEntry("jurisdictionName", "开平市").containsEntry("level", "county");
        assertThat(byName.get("工业和信息化部")).containsEntry("level", "national");
        assertThat(byName.get("芜湖市银监局")).containsEntry("reformName", "芜湖市银保监局");
        assertThat(byName.get("湛江市工业和信息化局")).containsEntry("level", "city").containsEntry("reformName", "");
        // a collective is scoped to the jurisdiction of the document naming it
        assertThat(byName.get("湛江市各有关部门")).containsEntry("kind", "CollectiveActor").containsEntry("level", "city");
    }
}
