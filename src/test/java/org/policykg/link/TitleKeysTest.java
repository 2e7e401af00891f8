package org.policykg.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleKeysTest {

    @Test
    void shouldIgnoreWhitespaceBookTitleMarksAndWidth() {
        assertThat(TitleKeys.of("《某省 2023 年工作方案》")).contains("某省2023年工作方案");
        assertThat(TitleKeys.fold("某省（2023）方案")).isEqualTo(TitleKeys.fold("某省(2023)方案"));
    }

    @Test
    void shouldAlsoKeyACoveringNoticeByThePlanItIssues() {
        assertThat(TitleKeys.of("某省协调小组关于印发某省 2023 年工作方案的通知"))
                .containsExactly("某省协调小组关于印发某省2023年工作方案的通知", "某省2023年工作方案");
        assertThat(TitleKeys.of("关于印发《某市工作计划》的通知")).contains("某市工作计划");
    }

    @Test
    void shouldNotTakeAForwardingNoticeForTheDocumentItForwards() {
        assertThat(TitleKeys.of("某省工信厅转发关于某事的指导意见的通知")).containsExactly("某省工信厅转发关于某事的指导意见的通知");
    }

    @Test
    void shouldGiveNoKeyForNoTitle() {
        assertThat(TitleKeys.of(null)).isEmpty();
        assertThat(TitleKeys.of("  ")).isEmpty();
    }
}
