package org.policykg.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 湛江市's draft of the provincial plan of the samples: bodies mapped, reports due earlier, parent clauses cited. */
class DraftTableTest {

    private static final String PLAN = "003_614dae50352398fd.txt";
    private static TaskTable draft;
    private static TaskTable parent;

    @BeforeAll
    static void draft() {
        draft = TableFixtures.tables().draftFor("湛江市", PLAN, 10);
        parent = TableFixtures.tables().forDocument(PLAN);
    }

    @Test
    void shouldKeepEveryRowOfTheParentPlan() {
        assertThat(draft.rows()).extracting(TaskRow::task).containsExactlyElementsOf(parent.rows().stream().map(TaskRow::task).toList());
        assertThat(draft.title()).startsWith("湛江市2019年").endsWith("（草稿）");
    }

    @Test
    void shouldMapProvincialBodiesToTheCityCounterparts() {
        List<String> bodies = draft.rows().stream().flatMap(r -> List.of(r.lead(), r.support()).stream())
                .map(b -> b.replaceAll("【待确认】[^（、]*（[^）]*）", "")).toList();

        assertThat(bodies).noneMatch(b -> b.contains("广东省")).noneMatch(b -> b.contains("厅"));
        assertThat(String.join("、", bodies)).contains("湛江市工业和信息化局", "湛江市生态环境局", "湛江市应急管理局",
                "湛江市市场监督管理局");
    }

    @Test
    void shouldMoveReportingDeadlinesEarlierByTheMargin() {
        TaskRow summary = row(draft, "四/（三）/¶1");

        assertThat(summary.deadline()).contains("2019年4月5日前（上级时限：2019年4月15日前）", "2020年1月5日前（上级时限：2020年1月15日前）");
        assertThat(row(TableFixtures.tables().draftFor("湛江市", PLAN, 15), "四/（三）/¶1").deadline()).contains("2019年3月31日前");
    }

    @Test
    void shouldLeaveDeadlinesOfTasksWithoutAReportAsWritten() {
        assertThat(row(draft, "二/（二）/2").deadline()).isEqualTo(row(parent, "二/（二）/2").deadline()).isEqualTo("2019年底前");
    }

    @Test
    void shouldCiteTheParentClauseInEveryRow() {
        for (int i = 0; i < draft.rows().size(); i++) {
            TaskRow d = draft.rows().get(i);
            assertThat(d.basis()).isEqualTo(parent.rows().get(i).basis()).startsWith("《广东省2019年推动落后产能退出工作方案》");
            assertThat(d.clause()).isEqualTo(parent.rows().get(i).clause());
        }
    }

    @Test
    void shouldMarkBodiesWithoutACounterpartForAPersonToFill() {
        TaskTable attachment = TableFixtures.tables().draftFor("湛江市", "004_b245d020d56ee491.txt", 10);

        assertThat(row(attachment, "表1/11").lead()).contains("【待确认】（广东银监局）");
    }

    @Test
    void shouldRefuseATargetThatIsNotBelowThePlan() {
        assertThatThrownBy(() -> TableFixtures.tables().draftFor("广东省", PLAN, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not below");
    }

    private static TaskRow row(TaskTable t, String path) {
        return t.rows().stream().filter(r -> r.basis().endsWith(" " + path)).findFirst().orElseThrow();
    }
}
