package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeptTextTest {

    @Test
    void shouldReadLoneCarriageReturnsAsLineFeedsWithoutMovingAnyOffset() {
        KeptText t = KeptText.of("一、总体要求\r二、工作任务\r\n三、保障措施\r");

        assertThat(t.parsed()).isEqualTo("一、总体要求\n二、工作任务\r\n三、保障措施\n");
        assertThat(t.keptIndex(7)).isEqualTo(7);
    }

    @Test
    void shouldRemoveZeroWidthAndDirectionCharactersAndMapEachParsedIndexBackToTheKeptText() {
        String kept = "湛\u200B江市\u202E工业\u2066和\u2069信息化局\uFEFF牵头";
        KeptText t = KeptText.of(kept);

        assertThat(t.kept()).isEqualTo(kept);
        assertThat(t.parsed()).isEqualTo("湛江市工业和信息化局牵头");
        for (int i = 0; i < t.parsed().length(); i++) {
            assertThat(kept.charAt(t.keptIndex(i))).isEqualTo(t.parsed().charAt(i));
        }
        assertThat(t.keptIndex(t.parsed().length())).isEqualTo(kept.length());
    }

    @Test
    void shouldKeepTextWithoutInvisibleCharactersAsItIs() {
        KeptText t = KeptText.of("湛江市工业和信息化局");

        assertThat(t.parsed()).isSameAs(t.kept()).isEqualTo("湛江市工业和信息化局");
    }
}
