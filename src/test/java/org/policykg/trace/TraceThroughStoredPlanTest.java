package org.policykg.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Once a document known only by citation is ingested (here a made-up city plan under the title the 开平 plan cites
 * it by), the trace goes through the stored document and its clauses instead of the stub.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "policykg.store=mem", "policykg.fuseki.enabled=false", "policykg.ingest=corpus,src/test/resources/link/city-plan"})
class TraceThroughStoredPlanTest {

    @Autowired
    TraceService traces;

    @Test
    void shouldContinueTheChainThroughTheStoredCityPlan() {
        Trace t = traces.trace(traces.clause("开平", "四/（一）"));

        TraceStep city = t.steps().get(1);
        assertThat(city.level()).isEqualTo("city");
        assertThat(city.stub()).isFalse();
        assertThat(city.title()).isEqualTo("江门市2024年推动落后产能退出工作计划");
        assertThat(city.path()).isEqualTo("二/（一）");
        assertThat(city.comparedWith()).isEqualTo(t.clause());
        assertThat(t.steps()).filteredOn(TraceStep::stub).extracting(TraceStep::number)
                .containsExactly("粤工信规划政策〔2024〕4号", "工信部联产业〔2017〕30号");
        assertThat(t.steps()).extracting(TraceStep::level).endsWith("national");
    }

    @Test
    void shouldCompareAProvincialClauseWithTheCityClauseBelowIt() {
        Trace t = traces.trace(traces.clause("开平", "四/（一）"));

        TraceStep province = t.steps().stream().filter(s -> "广东省2019年推动落后产能退出工作方案".equals(s.title())).findFirst().orElseThrow();

        assertThat(province.path()).isEqualTo("三/（一）");
        assertThat(province.comparedWith()).isEqualTo(t.steps().get(1).clause());
    }
}
