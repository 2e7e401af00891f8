package org.policykg.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.calendar.TaskCalendar.Due;

class MonthGridTest {

    private static final String DOC = "https://w3id.org/policykg/id/doc/x";

    @Test
    void shouldLayAMonthInWeeksFromMondayWithEachDeadlineOnItsDay() {
        Due report = new Due(LocalDate.of(2022, 1, 5), "报送总结", "负责", "2022年1月5日前", DOC, "某市方案", "四/（三）/¶2", DOC + "/a4/b3/p2");

        MonthGrid grid = MonthGrid.of(YearMonth.of(2022, 1), List.of(report));

        assertThat(grid.title()).isEqualTo("2022年1月");
        assertThat(grid.weeks()).hasSize(6).allSatisfy(w -> assertThat(w).hasSize(7));
        // 1 January 2022 was a Saturday
        assertThat(grid.weeks().get(0)).extracting(MonthGrid.Day::number).containsExactly(0, 0, 0, 0, 0, 1, 2);
        assertThat(grid.weeks().get(1).get(2).due()).singleElement().satisfies(e -> {
            assertThat(e.due()).isEqualTo(report);
            assertThat(e.href()).isEqualTo("/document?doc=https%3A%2F%2Fw3id.org%2Fpolicykg%2Fid%2Fdoc%2Fx#a4/b3/p2");
        });
        assertThat(grid.entries()).containsExactly(grid.weeks().get(1).get(2).due().get(0));
        assertThat(grid.previous()).isEqualTo(YearMonth.of(2021, 12));
    }
}
