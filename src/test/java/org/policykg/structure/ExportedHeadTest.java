package org.policykg.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policykg.Samples;
import org.policykg.read.Overrides;

/** Heads as databases and websites export them, and documents whose place cannot be told. */
class ExportedHeadTest {

    private final StructureParser parser = new StructureParser();
    private final MetadataExtractor metadata = new MetadataExtractor(Samples.jurisdictions());

    private DocumentMetadata read(String... lines) {
        return metadata.extract(parser.parse(String.join("\n", lines)), Overrides.none());
    }

    @Test
    void shouldSkipADatabaseExportNoteAndATitlePrintedTwice() {
        DocumentMetadata m = read(
                "    【法宝引证码】 CLI.12.1234567",
                "原文链接：https://www.example.com/lar/0123456789abcdef0123456789abcdef.html",
                "某省人民政府办公厅关于印发某省数据开放行动计划(2024—2026年)的通知",
                "某省人民政府办公厅关于印发某省数据开放行动计划（2024—2026年）的通知",
                "",
                "（某政办〔2024〕3号）",
                "",
                "各市人民政府，省政府各部门：",
                "现将《某省数据开放行动计划（2024—2026年）》印发给你们，请认真贯彻执行。");

        assertThat(m.title()).isEqualTo("某省人民政府办公厅关于印发某省数据开放行动计划(2024—2026年)的通知");
        assertThat(m.number()).isEqualTo("某政办〔2024〕3号");
    }

    @Test
    void shouldSkipAnyShortBracketedExportHeaderAndReadTheAddressees() {
        DocumentHead h = parser.parse(String.join("\n",
                "    【引证码】 ABC.1.234",
                "原文链接：https://example.org/doc/1234567890abcdef.html",
                "示范市人民政府办公厅关于印发示范市数据共享管理办法的通知",
                "（示府办发〔2024〕12号）",
                "各区人民政府：",
                "现将办法印发给你们，请认真执行。")).head();

        assertThat(h.title().text()).isEqualTo("示范市人民政府办公厅关于印发示范市数据共享管理办法的通知");
        assertThat(h.addressees().text()).isEqualTo("各区人民政府");
    }

    @Test
    void shouldTakeTheTitleANoticeWithoutOneIssuesInItsBody() {
        DocumentMetadata m = read(
                "沪经信〔2024〕9号",
                "",
                "各区人民政府，市政府各委、办、局：",
                "",
                "现将《上海市工业数据要素行动方案（2024-2026年）》印发给你们，请认真贯彻落实。",
                "",
                "上海市经济和信息化委员会",
                "2024年3月1日",
                "上海市工业数据要素行动方案（2024-2026年）",
                "一、总体要求",
                "加快工业数据流通。");

        assertThat(m.title()).isEqualTo("上海市工业数据要素行动方案（2024-2026年）");
        assertThat(m.hasOwnTitle()).isTrue();
    }

    @Test
    void shouldLeaveLevelAndPlaceUnknownWhenNothingNamesThem() {
        DocumentMetadata m = read(
                "关于做好数据开放工作的通知",
                "",
                "一、工作目标",
                "各单位按要求推进数据开放。");

        assertThat(m.jurisdiction()).isNull();
        assertThat(m.level()).isNull();
    }

    @Test
    void shouldTakeTheFirstYearOfAMultiYearPlanAsItsPlanYear() {
        DocumentMetadata m = read("某省煤炭储备能力建设工作方案(2021-2025年)", "", "一、工作目标", "到2025年，储备能力明显提升。");

        assertThat(m.planYear()).isEqualTo(2021);
    }
}
