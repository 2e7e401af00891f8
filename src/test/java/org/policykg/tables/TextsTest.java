package org.policykg.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cell text: markers dropped, broken lines rejoined, list items and sentences kept on lines of their own. */
class TextsTest {

    @Test
    void shouldRejoinALineBrokenMidSentence() {
        assertThat(Texts.tidy("对生产许可获\n\n证企业开展专项监督检查。")).isEqualTo("对生产许可获证企业开展专项监督检查。");
    }

    @Test
    void shouldKeepListItemsOnLinesOfTheirOwn() {
        assertThat(Texts.tidy("（1）淘汰16万安培以下预焙槽\n（2）禁止采用湿法工艺")).isEqualTo("（1）淘汰16万安培以下预焙槽\n（2）禁止采用湿法工艺");
    }

    @Test
    void shouldDropTheClauseMarker() {
        assertThat(Texts.withoutMarker("2. 落实工业能耗限额监察。", "2.")).isEqualTo("落实工业能耗限额监察。");
    }

    @Test
    void shouldWriteGroupNumbersInChinese() {
        assertThat(Texts.chinese(1)).isEqualTo("一");
        assertThat(Texts.chinese(10)).isEqualTo("十");
        assertThat(Texts.chinese(12)).isEqualTo("十二");
        assertThat(Texts.chinese(23)).isEqualTo("二十三");
    }
}
