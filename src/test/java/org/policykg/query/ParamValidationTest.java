package org.policykg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.policykg.CorpusGraph;

/** A wrong, empty or missing parameter is an error naming the parameter, never an empty answer. */
class ParamValidationTest {

    private final QueryRunner runner = CorpusGraph.runner();
    private final NamedQuery dueBetween = CorpusGraph.catalog().get("due-between");

    @ParameterizedTest(name = "from={0}")
    @CsvSource({"notadate", "2021/01/01", "2021年1月1日", "2021-02-30", "' '"})
    void shouldRefuseADateThatIsNotAnIsoDate(String from) {
        assertThatThrownBy(() -> runner.select(dueBetween, Map.of("from", from, "to", "2022-12-31")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameter 'from' (date)");
    }

    @Test
    void shouldRefuseAQueryWithoutARequiredParameter() {
        assertThatThrownBy(() -> runner.select(dueBetween, Map.of("to", "2022-12-31")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs parameter 'from'");
    }

    @Test
    void shouldRefuseAYearThatIsNotAYear() {
        NamedQuery compare = CorpusGraph.catalog().get("compare-years");
        assertThatThrownBy(() -> runner.select(compare, Map.of("jurisdiction", "广东省", "yearA", "二〇二一", "yearB", "2022")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameter 'yearA' (year)");
    }

    @Test
    void shouldAnswerWhenTheOptionalParametersAreLeftOut() {
        assertThat(runner.select(dueBetween, Map.of("from", "2021-01-01", "to", "2022-12-31")).size()).isPositive();
    }
}
