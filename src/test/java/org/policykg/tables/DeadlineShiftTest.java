package org.policykg.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Reporting deadlines moved earlier for a subordinate's draft. */
class DeadlineShiftTest {

    private final DeadlineShift tenDays = new DeadlineShift(10, TableWords.standard());

    @Test
    void shouldMoveADateEarlierAcrossAMonth() {
        assertThat(tenDays.earlier(new TaskFacts.Due("2020年1月5日前", "date", "2020-01-05", "2020-01-05", ""))).isEqualTo("2019年12月26日前");
    }

    @Test
    void shouldMoveTheEndOfASpan() {
        assertThat(tenDays.earlier(new TaskFacts.Due("2019年第四季度", "interval", "2019-12-31", "2019-12-31", ""))).isEqualTo("2019年12月21日前");
    }

    @Test
    void shouldMoveAYearlyDeadlineAndKeepItYearly() {
        assertThat(tenDays.earlier(new TaskFacts.Due("每年12月20日前", "yearly", "--12-20", "", ""))).isEqualTo("每年12月10日前");
        assertThat(tenDays.earlier(new TaskFacts.Due("每年3月5日前", "yearly", "--03-05", "2024-03-05", ""))).isEqualTo("每年2月24日前");
    }

    @Test
    void shouldLeaveNowAndDurationsAlone() {
        assertThat(tenDays.earlier(new TaskFacts.Due("立即", "now", "", "", ""))).isNull();
        assertThat(tenDays.earlier(new TaskFacts.Due("6个月内", "duration", "", "", ""))).isNull();
    }

    @Test
    void shouldRefuseANegativeMargin() {
        assertThatThrownBy(() -> new DeadlineShift(-1, TableWords.standard())).isInstanceOf(IllegalArgumentException.class);
    }
}
