package org.policykg.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.Samples;
import org.policykg.gazetteer.Jurisdiction;

/** Counterparts one level down, from tables/counterparts.tsv, and the target's own names first. */
class CounterpartsTest {

    static Stream<Map<String, String>> cases() {
        return Samples.manifest("tables/counterparts.tsv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldNameTheCounterpartOneLevelDownOrMarkIt(Map<String, String> c) {
        Counterparts counterparts = new Counterparts(place(c.get("source")), place(c.get("target")), List.of());

        Counterparts.Counterpart found = counterparts.of(c.get("label"));

        assertThat(found.name()).isEqualTo(c.get("counterpart").equals("-") ? null : c.get("counterpart"));
        assertThat(found.confirmed()).isEqualTo(Boolean.parseBoolean(c.get("confirmed")));
    }

    @Test
    void shouldPreferTheNameTheTargetUsesMostWhenItsDocumentsNameTheBody() {
        Counterparts counterparts = new Counterparts(place("广东省"), place("湛江市"),
                List.of("湛江市发改局", "湛江市发展和改革委员会", "湛江市生态环境局", "湛江市能源局"));

        assertThat(counterparts.of("广东省发展和改革委员会")).isEqualTo(new Counterparts.Counterpart("湛江市发展和改革委员会", true));
        assertThat(counterparts.of("广东省环境保护厅")).isEqualTo(new Counterparts.Counterpart("湛江市生态环境局", true));
        assertThat(counterparts.of("广东省能源局")).isEqualTo(new Counterparts.Counterpart("湛江市能源局", true));
    }

    private static Jurisdiction place(String name) {
        return Samples.jurisdictions().lookup(name, "广东省 湛江市 安徽省").orElseThrow();
    }
}
