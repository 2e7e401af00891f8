package org.policykg.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Yearly and repeating deadlines start at their first instance on or after the plan's start. */
class DueDaysTest {

    private static final LocalDate PLAN = LocalDate.of(2021, 5, 13);

    @Test
    void shouldStartAYearlyDeadlineInTheYearAfterWhenItsDayIsBeforeThePlan() {
        var april = new DueDays.Deadline("每年4月30日前", "yearly", "--04-30", "2021-04-30", "");

        assertThat(DueDays.first(april, PLAN)).contains(LocalDate.of(2022, 4, 30));
        assertThat(DueDays.next(april, PLAN, LocalDate.of(2023, 5, 1))).contains(LocalDate.of(2024, 4, 30));
    }

    @Test
    void shouldCountTheNextYearOfADeadlineWrittenAsNextYear() {
        var report = new DueDays.Deadline("次年1月31日前", "yearly", "--01-31", "", "");

        assertThat(DueDays.first(report, LocalDate.of(2019, 1, 1))).contains(LocalDate.of(2020, 1, 31));
        assertThat(DueDays.first(report, PLAN)).contains(LocalDate.of(2022, 1, 31));
    }

    @Test
    void shouldRepeatEveryPeriodAndGiveNoDayToDurations() {
        var quarterly = new DueDays.Deadline("每季度末", "recurring", "", "2021-06-30", "P3M");

        assertThat(DueDays.next(quarterly, PLAN, LocalDate.of(2021, 7, 1))).contains(LocalDate.of(2021, 9, 30));
        assertThat(DueDays.first(new DueDays.Deadline("6个月内", "duration", "", "", ""), PLAN)).isEmpty();
        assertThat(DueDays.first(new DueDays.Deadline("2021年6月前", "date", "2021-06-30", "2021-06-30", ""), PLAN))
                .contains(LocalDate.of(2021, 6, 30));
    }
}
