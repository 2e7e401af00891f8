package org.policykg.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            一       | 1
            十       | 10
            十二     | 12
            二十     | 20
            二十一   | 21
            九十九   | 99
            一百零五 | 105
            一百一十 | 110
            二〇二一 | 2021
            二零二一 | 2021
            ⑦        | 7
            ⑳        | 20
            12       | 12
            １２     | 12
            """)
    void shouldParseNumeral(String written, int value) {
        assertThat(ChineseNumerals.parse(written)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "第一", "一二三万", "十二条", "1234567890", "3a", "十十", "二二十", "十百", "一百零十", "零十"})
    void shouldReturnMinusOneForNonNumerals(String garbage) {
        assertThat(ChineseNumerals.parse(garbage)).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {" 三 ", "\u3000三"})
    void shouldIgnoreSurroundingBlanks(String padded) {
        assertThat(ChineseNumerals.parse(padded)).isEqualTo(3);
    }
}
