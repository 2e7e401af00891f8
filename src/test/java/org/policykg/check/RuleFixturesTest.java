package org.policykg.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.Samples;
import org.policykg.query.QueryCatalog;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;
import org.policykg.store.ReferenceFixture;

/**
 * Every rule against small fixtures (src/test/resources/rules/manifest.tsv): each fixture is loaded alone next
 * to the ontology and reference graphs, the rule runs alone, and it must fire or stay silent.
 */
class RuleFixturesTest {

    private static final String MANIFEST = "rules/manifest.tsv";
    private static final String FIXTURE_GRAPH = PKG.GRAPH + "fixture";
    private static KgStore store;
    private static RuleChecker checker;

    @BeforeAll
    static void open() {
        store = ReferenceFixture.storeWithReference();
        checker = new RuleChecker(new QueryCatalog(), store, new org.policykg.correct.CorrectionLayer());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Arguments> cases() {
        return Samples.manifest(MANIFEST).stream()
                .map(r -> Arguments.of(r.get("rule"), r.get("fixture"), Boolean.parseBoolean(r.get("expectFire"))));
    }

    @ParameterizedTest(name = "{0} on {1}: fires = {2}")
    @MethodSource("cases")
    void shouldFireExactlyOnTheFixturesThatBreakTheRule(String rule, String fixture, boolean expectFire) {
        Model data = RDFDataMgr.loadModel("rules/" + fixture);
        store.replaceGraph(FIXTURE_GRAPH, data);

        CheckReport report = checker.check(Set.of(rule));

        assertThat(report.rules()).containsExactly(rule);
        if (expectFire) {
            assertThat(report.findings()).as("findings of %s on %s", rule, fixture).isNotEmpty().allSatisfy(f -> {
                assertThat(f.rule()).isEqualTo(rule);
                assertThat(f.message()).isNotBlank();
                assertThat(f.doc()).as("document of %s", f).isNotEmpty();
            });
        } else {
            assertThat(report.findings()).as("findings of %s on %s", rule, fixture).isEmpty();
        }
    }

    @Test
    void shouldHaveAFixtureThatFiresAndOneThatDoesNotForEveryRule() {
        Map<String, Set<String>> outcomes = Samples.manifest(MANIFEST).stream()
                .collect(Collectors.groupingBy(r -> r.get("rule"), Collectors.mapping(r -> r.get("expectFire"), Collectors.toSet())));
        List<String> ids = Stream.concat(checker.rules().stream().map(Rule::id), Stream.of(ShaclCheck.RULE)).toList();

        assertThat(ids).hasSizeGreaterThanOrEqualTo(11);
        assertThat(ids).allSatisfy(id -> assertThat(outcomes.get(id)).as(id).containsExactlyInAnyOrder("true", "false"));
    }

    @Test
    void shouldReadTitleSeverityAndRationaleOfEveryRuleFromItsHeader() {
        assertThat(checker.rules()).allSatisfy(r -> {
            assertThat(r.query().name()).isEqualTo("rules/" + r.id());
            assertThat(r.title()).isNotBlank();
            assertThat(r.rationale()).isNotBlank();
            assertThat(r.query().description()).isNotBlank();
        });
    }

    @Test
    void shouldLocateAFindingInItsClauseWithAnExcerptAroundTheFocus() {
        store.replaceGraph(FIXTURE_GRAPH, RDFDataMgr.loadModel("rules/deadline-before-issue-fire.ttl"));

        Finding f = checker.check(Set.of("deadline-before-issue")).findings().get(0);

        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.path()).isEqualTo("四/（一）/¶1");
        assertThat(f.docTitle()).isEqualTo("某市2021年推动落后产能退出工作方案");
        assertThat(f.excerpt()).startsWith("4月底前");
        assertThat(f.message()).contains("2021-04-30").contains("2021-05-13");
    }

    @Test
    void shouldTakeASeverityARowGivesOverTheRuleDefault() {
        store.replaceGraph(FIXTURE_GRAPH, RDFDataMgr.loadModel("rules/recipient-level-collective-fire.ttl"));

        List<Finding> findings = checker.check(Set.of("recipient-level")).findings();

        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.INFO);
    }
}
