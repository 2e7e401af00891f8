package org.policykg.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.Samples;

/** Responsibility cells split into their 牵头 and 配合 parts, from tables/responsibility.tsv. */
class ResponsibilityTest {

    static Stream<Map<String, String>> cases() {
        return Samples.manifest("tables/responsibility.tsv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldSplitAWrittenResponsibilityAtItsRoleCues(Map<String, String> c) {
        Responsibility.Split split = Responsibility.standard().split(c.get("written"));

        assertThat(split.lead()).isEqualTo(c.get("lead"));
        assertThat(split.support()).isEqualTo(c.get("support"));
    }
}
