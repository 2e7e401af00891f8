package org.policykg.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.Samples;

class ClauseNormalizerTest {

    private static final ClauseNormalizer NORMALIZER = ClauseNormalizer.standard();

    static Stream<Map<String, String>> cases() {
        return Samples.manifest("align/normalization.tsv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldNormalizeAsTheManifestSays(Map<String, String> row) {
        String jurisdiction = row.get("jurisdiction").isEmpty() ? null : row.get("jurisdiction");
        assertThat(NORMALIZER.normalize(row.get("text"), jurisdiction)).isEqualTo(row.get("expected"));
    }

    @Test
    void shouldMakeTheSameDutyAtProvinceAndCityLevelReadAlike() {
        assertThat(NORMALIZER.normalize("报省工业和信息化厅汇总", "广东省"))
                .isEqualTo(NORMALIZER.normalize("报市工业和信息化局汇总", "湛江市"));
    }

    @Test
    void shouldDropTheNumberOfATableRow() {
        assertThat(NORMALIZER.normalize("2\n\t能耗方面", null)).isEqualTo("能耗方面");
    }

    @Test
    void shouldKeepADigitThatStartsTheText() {
        assertThat(NORMALIZER.normalize("2024年6月底前报送", null)).isEqualTo("0年0月底前报送");
    }
}
