package org.policykg.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.Samples;
import org.policykg.gazetteer.Jurisdiction;

/** Counterparts one level down, from tables/counterparts.tsv. */
class CounterpartsTest {

    static Stream<Map<String, String>> cases() {
        return Samples.manifest("tables/counterparts.tsv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldNameTheCounterpartOneLevelDownOrNone(Map<String, String> c) {
        Counterparts counterparts = new Counterparts(place(c.get("source")), place(c.get("target")));

        String expected = c.get("counterpart").equals("-") ? null : c.get("counterpart");
        assertThat(counterparts.of(c.get("label"))).isEqualTo(expected);
    }

    private static Jurisdiction place(String name) {
        return Samples.jurisdictions().lookup(name, "广东省 湛江市 安徽省").orElseThrow();
    }
}
