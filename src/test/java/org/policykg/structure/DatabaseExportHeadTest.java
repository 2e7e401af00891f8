package org.policykg.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The head of a document exported from a law database: export note, repeated title, number in brackets. */
class DatabaseExportHeadTest {

    @Test
    void shouldReadTitleAndBracketedNumberBelowAnExportNote() {
        DocumentHead h = new StructureParser().parse(String.join("\n",
                "    【引证码】 ABC.1.234",
                "原文链接：https://example.org/doc/1234567890abcdef1234567890abcdef.html",
                "示范市人民政府办公厅关于印发示范市数据共享管理办法(2024—2026年)的通知",
                "示范市人民政府办公厅关于印发示范市数据共享管理办法（2024-2026年）的通知",
                "",
                "（示府办发〔2024〕12号）",
                "",
                "各区人民政府：",
                "现将办法印发给你们，请认真执行。")).head();
        assertThat(h.ownNumber()).isEqualTo("示府办发〔2024〕12号");
        assertThat(h.title().text()).isEqualTo("示范市人民政府办公厅关于印发示范市数据共享管理办法(2024—2026年)的通知");
        assertThat(h.addressees().text()).isEqualTo("各区人民政府");
    }
}
