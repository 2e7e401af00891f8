package org.policykg.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The issuing-body mark stands above the document number; a body's name below it opens the title. */
class IssuerMarkTest {

    private final StructureParser parser = new StructureParser();

    @Test
    void shouldKeepTheIssuerLineBelowTheNumberInTheNoticeTitle() {
        DocumentHead head = parser.parse(String.join("\n",
                "某某县人民政府办公室",
                "",
                "某政办字〔2023〕7号",
                "",
                "某某县人民政府办公室",
                "关于印发某某县2023年工作方案的通知",
                "",
                "各乡镇人民政府：",
                "",
                "现将《某某县2023年工作方案》印发给你们，请认真贯彻执行。",
                "",
                "某某县2023年工作方案",
                "",
                "一、总体目标")).head();
        assertThat(head.issuerMark()).isEqualTo("某某县人民政府办公室");
        assertThat(head.noticeTitle().text()).isEqualTo("某某县人民政府办公室关于印发某某县2023年工作方案的通知");
        assertThat(head.title().text()).isEqualTo("某某县2023年工作方案");
    }

    @Test
    void shouldTakeLeadingBodyNamesForTheMarkWhenThereIsNoNumber() {
        DocumentHead head = parser.parse(String.join("\n",
                "某某市工作协调小组",
                "",
                "某某市工作协调小组关于印发某某市2023年工作方案的通知",
                "",
                "各县（市、区）人民政府：",
                "",
                "现将《某某市2023年工作方案》印发给你们。")).head();
        assertThat(head.issuerMark()).isEqualTo("某某市工作协调小组");
        assertThat(head.title().text()).isEqualTo("某某市工作协调小组关于印发某某市2023年工作方案的通知");
    }
}
