package org.policykg.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser on document shapes the samples do not show: a numbered national notice with attachments. */
class StructureParserTest {

    private static final String NOTICE = String.join("\n",
            "工业和信息化部文件",
            "",
            "工信部节〔2022〕 12 号",
            "",
            "工业和信息化部关于印发2022年工业节能监察任务清单的通知",
            "",
            "各省、自治区、直辖市工业和信息化主管部门：",
            "",
            "现将《2022年工业节能监察任务清单》印发给你们，请认真贯彻执行。",
            "",
            "附件：1. 2022年工业节能监察任务清单",
            "      2. 重点企业名单",
            "",
            "工业和信息化部",
            "二〇二二年三月一日",
            "",
            "附件1",
            "",
            "2022年工业节能监察任务清单",
            "",
            "一、重点任务",
            "（一）钢铁行业。对重点企业开展专项监察。",
            "1. 开展能效监察。各地要在6月底前完成。",
            "（1）对炼铁工序开展专项监察。",
            "①高炉能耗。核查单位产品能耗。",
            "②转炉能耗。核查单位产品能耗。",
            "（2）对炼钢工序开展专项监察。",
            "2. 报送监察结果。",
            "(二) 建材行业。对水泥企业开展专项监察。",
            "二、工作要求",
            "各地要加强组织领导。",
            "",
            "抄送：国家发展和改革委员会。");

    private final ParsedDocument doc = new StructureParser().parse(NOTICE);

    private List<String> paths() {
        return doc.nodes().stream().map(Node::path).toList();
    }

    @Test
    void shouldReadTheTitleBlockOfANumberedNotice() {
        DocumentHead h = doc.head();
        assertThat(h.issuerMark()).isEqualTo("工业和信息化部");
        assertThat(h.ownNumber()).isEqualTo("工信部节〔2022〕12号");
        assertThat(h.noticeTitle().text()).isEqualTo("工业和信息化部关于印发2022年工业节能监察任务清单的通知");
        assertThat(h.title().text()).isEqualTo("2022年工业节能监察任务清单");
        assertThat(h.addressees().text()).isEqualTo("各省、自治区、直辖市工业和信息化主管部门");
    }

    @Test
    void shouldReadSignatureDateAttachmentNoteAndCopyTo() {
        DocumentHead h = doc.head();
        assertThat(h.signature()).isEqualTo("工业和信息化部");
        assertThat(h.dateWritten()).isEqualTo("二〇二二年三月一日");
        assertThat(h.attachmentNote()).contains("1. 2022年工业节能监察任务清单").contains("2. 重点企业名单");
        assertThat(h.copyTo()).isEqualTo("国家发展和改革委员会。");
    }

    @Test
    void shouldNestAllFiveOutlineLevelsInsideTheAttachment() {
        assertThat(paths()).contains(
                "附件1",
                "附件1/一",
                "附件1/一/（一）",
                "附件1/一/（一）/1",
                "附件1/一/（一）/1/（1）",
                "附件1/一/（一）/1/（1）/①",
                "附件1/一/（一）/1/（1）/②",
                "附件1/一/（一）/1/（2）",
                "附件1/一/（一）/2",
                "附件1/一/（二）",
                "附件1/二",
                "附件1/二/¶1");
    }

    @Test
    void shouldKeepTheCoveringNoticeApartFromThePlan() {
        assertThat(paths()).contains("通知", "通知/¶1");
        Node notice = doc.nodes().stream().filter(n -> n.kind() == Node.Kind.NOTICE).findFirst().orElseThrow();
        assertThat(doc.textOf(notice)).startsWith("现将《2022年工业节能监察任务清单》");
    }

    @Test
    void shouldTreatHalfWidthParenthesesAsTheSameLevelAsFullWidth() {
        Node second = doc.nodes().stream().filter(n -> n.path().equals("附件1/一/（二）")).findFirst().orElseThrow();
        assertThat(second.marker()).isEqualTo("(二)");
        assertThat(second.heading()).isEqualTo("建材行业");
    }

    @Test
    void shouldJoinALineBrokenInsideASentence() {
        ParsedDocument d = new StructureParser().parse(String.join("\n",
                "某市2023年工作方案",
                "一、主要任务",
                "1. 加强监察。制定年度节能监察工作计划，下达年度节能监察任务，鼓励",
                "",
                "企业积极参与节能诊断。",
                "2. 加强宣传。"));
        Node first = d.nodes().stream().filter(n -> n.path().equals("一/1")).findFirst().orElseThrow();
        assertThat(d.textOf(first)).endsWith("企业积极参与节能诊断。");
        assertThat(d.nodes().stream().map(Node::path)).containsExactly("一", "一/1", "一/2");
    }
}
