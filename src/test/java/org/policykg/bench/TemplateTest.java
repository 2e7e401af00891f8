package org.policykg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The template language of the bench data files. */
class TemplateTest {

    @Test
    void shouldInsertNamedValuesAndPickAmongAlternatives() {
        Set<String> seen = IntStream.range(0, 50)
                .mapToObj(i -> Template.fill("{year}年{6|9|12}月底前，{lead}负责", Map.of("year", "2024", "lead", "市工业和信息化局"), new Random(i)))
                .collect(Collectors.toSet());

        assertThat(seen).containsExactlyInAnyOrder("2024年6月底前，市工业和信息化局负责", "2024年9月底前，市工业和信息化局负责",
                "2024年12月底前，市工业和信息化局负责");
    }

    @Test
    void shouldPickTheSameAlternativesFromTheSameSeed() {
        String t = "{a|b|c}{1|2|3}{x|y}";

        assertThat(Template.fill(t, Map.of(), new Random(7))).isEqualTo(Template.fill(t, Map.of(), new Random(7)));
    }

    @Test
    void shouldNameTheUnknownValueOfABrokenTemplate() {
        assertThatThrownBy(() -> Template.fill("报{parentLead}", Map.of(), new Random(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{parentLead}");
    }

    @Test
    void shouldWriteOutlineNumbersInChinese() {
        assertThat(IntStream.of(1, 4, 10, 11, 20, 23, 99).mapToObj(Page::chinese))
                .containsExactly("一", "四", "十", "十一", "二十", "二十三", "九十九");
    }
}
