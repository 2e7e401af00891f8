package org.policykg.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void shouldDrawEveryMonthBetweenTheFirstAndLastWithHeightsInProportion() {
        BarChart chart = BarChart.of(List.of(new MonthCount(YearMonth.of(2021, 4), 2, 2), new MonthCount(YearMonth.of(2021, 6), 4, 1)));

        assertThat(chart.bars()).extracting(b -> b.count().month().toString()).containsExactly("2021-04", "2021-05", "2021-06");
        BarChart.Bar april = chart.bars().get(0);
        BarChart.Bar june = chart.bars().get(2);
        double full = june.overdueHeight() + june.upcomingHeight();
        assertThat(full).isEqualTo(chart.plotBottom() - chart.plotTop());
        assertThat(april.overdueHeight()).isEqualTo(full / 2);
        assertThat(april.upcomingHeight()).isZero();
        assertThat(june.overdueHeight()).isEqualTo(full / 4);
        assertThat(june.upcomingY() + june.upcomingHeight()).isEqualTo(june.overdueY());
        assertThat(chart.bars().get(1).overdueHeight() + chart.bars().get(1).upcomingHeight()).isZero();
        assertThat(chart.ticks()).extracting(BarChart.Tick::value).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void shouldLabelOnlySomeMonthsWhenTheBarsAreNarrow() {
        List<MonthCount> years = java.util.stream.IntStream.range(0, 72)
                .mapToObj(i -> new MonthCount(YearMonth.of(2019, 1).plusMonths(i), 1, 0)).toList();

        BarChart chart = BarChart.of(years);

        assertThat(chart.bars()).hasSize(72);
        assertThat(chart.bars().stream().filter(b -> !b.label().isEmpty()).count()).isLessThan(72).isGreaterThan(1);
        assertThat(chart.width()).isLessThanOrEqualTo(1000);
    }
}
