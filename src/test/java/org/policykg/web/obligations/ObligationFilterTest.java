package org.policykg.web.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ObligationFilterTest {

    private static ObligationRow row(String due, String role) {
        return new ObligationRow(due, "", "urn:doc", "方案", "一/（一）", "任务", "某局", role, "urn:clause");
    }

    @Test
    void shouldKeepOnlyDatedRowsInsideTheWindowWhenAWindowIsGiven() {
        ObligationFilter window = new ObligationFilter(null, null, null, LocalDate.parse("2021-01-01"), LocalDate.parse("2021-12-31"));

        assertThat(window.keeps(row("2021-01-01", "lead"))).isTrue();
        assertThat(window.keeps(row("2021-12-31", "lead"))).isTrue();
        assertThat(window.keeps(row("2022-01-01", "lead"))).isFalse();
        assertThat(window.keeps(row("", "lead"))).isFalse();
        assertThat(new ObligationFilter(null, null, null, null, null).keeps(row("", "lead"))).isTrue();
    }

    @Test
    void shouldCountResponsibleBodiesAsLeadingWhenFilteringByRole() {
        ObligationFilter lead = new ObligationFilter(null, null, "lead", null, null);

        assertThat(lead.keeps(row("", "responsible"))).isTrue();
        assertThat(lead.keeps(row("", "support"))).isFalse();
        assertThat(new ObligationFilter(null, null, "recipient", null, null).keeps(row("", "recipient"))).isTrue();
    }

    @Test
    void shouldTellOverdueDueSoonAndUndatedRowsAsOfTheGivenDay() {
        LocalDate today = LocalDate.parse("2021-06-15");
        ObligationFilter overdue = new ObligationFilter(null, null, null, null, null, "overdue", today, null, null);
        ObligationFilter soon = new ObligationFilter(null, null, null, null, null, "due30", today, null, null);
        ObligationFilter undated = new ObligationFilter(null, null, null, null, null, "undated", today, null, null);

        assertThat(overdue.keeps(row("2021-06-14", "lead"))).isTrue();
        assertThat(overdue.keeps(row("2021-06-15", "lead"))).isFalse();
        assertThat(soon.keeps(row("2021-06-15", "lead"))).isTrue();
        assertThat(soon.keeps(row("2021-07-15", "lead"))).isTrue();
        assertThat(soon.keeps(row("2021-07-16", "lead"))).isFalse();
        assertThat(undated.keeps(row("", "support"))).isTrue();
        assertThat(undated.keeps(row("2021-07-16", "support"))).isFalse();
        assertThat(overdue.keeps(row("", "lead"))).isFalse();
    }
}
