package org.policykg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles, as the latency tables of `bench run` report them. */
class PercentilesTest {

    @Test
    void shouldTakeTheNearestRankOfOneToTwoHundred() {
        double[] samples = IntStream.rangeClosed(1, 200).mapToDouble(i -> 201 - i).toArray();

        Percentiles p = Percentiles.of(samples);

        assertThat(p.runs()).isEqualTo(200);
        assertThat(p.p50()).isEqualTo(100);
        assertThat(p.p95()).isEqualTo(190);
        assertThat(p.p99()).isEqualTo(198);
        assertThat(p.mean()).isEqualTo(100.5);
    }

    @Test
    void shouldReportTheSlowestRunAsP99OfFewRuns() {
        Percentiles p = Percentiles.of(new double[] {3, 1, 2, 10});

        assertThat(p.p50()).isEqualTo(2);
        assertThat(p.p95()).isEqualTo(10);
        assertThat(p.p99()).isEqualTo(10);
    }

    @Test
    void shouldGiveTheOnlySampleForEveryPercentile() {
        Percentiles p = Percentiles.of(new double[] {7});

        assertThat(p.p50()).isEqualTo(7);
        assertThat(p.p99()).isEqualTo(7);
    }

    @Test
    void shouldLeaveTheCallersSamplesUnsorted() {
        double[] samples = {5, 4, 3};

        Percentiles.of(samples);

        assertThat(samples).containsExactly(5, 4, 3);
    }

    @Test
    void shouldRejectAnEmptyRun() {
        assertThatThrownBy(() -> Percentiles.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
