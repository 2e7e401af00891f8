package org.policykg.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;
import org.policykg.align.TextDiff;
import org.policykg.query.DocumentResolver;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Traces on the sample corpus, ingested at start-up with the cross-document pass, through queries/trace.rq. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "policykg.store=mem", "policykg.fuseki.enabled=false", "policykg.ingest=corpus"})
class TraceServiceTest {

    private static final String DIRECTIVE = "工信部联产业〔2017〕30号";

    @Autowired
    TraceService traces;

    @Autowired
    QueryCatalog catalog;

    @Autowired
    QueryRunner runner;

    @Autowired
    DocumentResolver documents;

    private static TraceStep step(Trace t, String title) {
        return t.steps().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void shouldTraceAZhanjiangClauseUpToTheNationalDirective() {
        Trace t = traces.trace(traces.clause("湛江", "二/（一）/3"));

        assertThat(t.steps()).extracting(TraceStep::level).containsExactly("city", "province", "province", "province", "national");
        assertThat(t.steps().get(0)).satisfies(s -> {
            assertThat(s.clause()).isEqualTo(t.clause());
            assertThat(s.path()).isEqualTo("二/（一）/3");
            assertThat(s.score()).isNull();
        });
        assertThat(step(t, "广东省2019年推动落后产能退出工作方案")).satisfies(s -> {
            assertThat(s.path()).isEqualTo("二/（一）/2");
            assertThat(s.score()).isGreaterThan(0.3);
            assertThat(s.stub()).isFalse();
        });
        assertThat(step(t, "主要任务分工表").path()).isEqualTo("表1/2");
        assertThat(t.steps().get(4)).satisfies(s -> {
            assertThat(s.number()).isEqualTo(DIRECTIVE);
            assertThat(s.stub()).isTrue();
            assertThat(s.clause()).isNull();
        });
    }

    @Test
    void shouldTraceAKaipingClauseThroughTheCityAndProvincePlansItImplements() {
        Trace t = traces.trace(traces.clause("开平", "四/（一）"));

        assertThat(t.steps()).extracting(TraceStep::level).startsWith("county", "city").endsWith("national");
        assertThat(t.steps()).filteredOn(TraceStep::stub).extracting(TraceStep::number)
                .containsExactly("江工信材料函〔2024〕20号", "粤工信规划政策〔2024〕4号", DIRECTIVE);
        assertThat(step(t, "广东省2019年推动落后产能退出工作方案").path()).isEqualTo("三/（一）");
    }

    @Test
    void shouldSayWhatTheLowerLevelChangedInTheAlignedClause() {
        Trace t = traces.trace(traces.clause("湛江", "二/（一）/3"));

        TraceStep province = step(t, "广东省2019年推动落后产能退出工作方案");

        assertThat(province.comparedWith()).isEqualTo(t.clause());
        assertThat(province.changes()).extracting(TextDiff.Edit::op).contains(TextDiff.Op.SAME, TextDiff.Op.ADDED, TextDiff.Op.REMOVED);
        assertThat(province.changes()).filteredOn(e -> e.op() == TextDiff.Op.ADDED).extracting(TextDiff.Edit::text)
                .anySatisfy(a -> assertThat(a).contains("依法处置能耗不达标企业"));
        assertThat(province.facts()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo("owner");
            assertThat(f.higher()).contains("广东省工业和信息化厅");
            assertThat(f.lower()).contains("湛江市工业和信息化局");
        });
        assertThat(t.steps().get(0).changes()).isEmpty();
    }

    @Test
    void shouldFindAClauseByItsPathWithEitherBracketWidth() {
        String iri = traces.clause("湛江", "二/（一）/3");

        assertThat(traces.clause("湛江市2021年推动落后产能退出工作方案", "二/(一)/3")).isEqualTo(iri);
        assertThat(traces.clause(documents.resolve("湛江"), " 二 / （一） / 3 ")).isEqualTo(iri);
    }

    @Test
    void shouldRejectAnUnknownPathOrClause() {
        assertThatThrownBy(() -> traces.clause("湛江", "九/（九）")).isInstanceOf(UnknownClauseException.class).hasMessageContaining("九/（九）");
        assertThatThrownBy(() -> traces.trace("https://w3id.org/policykg/id/doc/none/a1")).isInstanceOf(UnknownClauseException.class);
    }

    @Test
    void shouldAnswerTheCatalogQueryWithTheDocumentedColumns() {
        ResultSetRewindable rs = runner.select(catalog.get("trace"), Map.of("start", traces.clause("湛江", "二/（一）/3")));

        assertThat(rs.getResultVars()).containsExactly("level", "doc", "number", "title", "clause", "path", "score", "text");
        assertThat(catalog.get("trace").columns()).isEqualTo(rs.getResultVars());
        assertThat(rs.size()).isEqualTo(5);
        assertThat(List.of(catalog.get("trace").params().get(0).name(), catalog.get("trace").params().get(0).type()))
                .containsExactly("start", "iri");
    }
}
