package org.policykg.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Signatures of joint documents, bracketed publicity notes and attachment spans (GB/T 9704-2012 §7.3.5–§7.3.8). */
class SignatureAndNotesTest {

    private final StructureParser parser = new StructureParser();

    private static String text(String... lines) {
        return String.join("\n", lines);
    }

    private static List<String> paths(ParsedDocument doc) {
        return doc.nodes().stream().map(Node::path).toList();
    }

    @Test
    void shouldReadAJointSignatureOverSeveralLinesAsTheIssuersNotAsParagraphs() {
        ParsedDocument doc = parser.parse(text(
                "一、工作要求",
                "各地要按规定做好验收工作。",
                "",
                "某某部　　　　　　　　某某委员会",
                "",
                "某某总局　　　　　　　　某某厅",
                "",
                "某某局",
                "",
                "2023年9月8日"));
        assertThat(paths(doc)).containsExactly("一", "一/¶1");
        assertThat(doc.head().signature()).isEqualTo("某某部、某某委员会、某某总局、某某厅、某某局");
        assertThat(doc.head().dateWritten()).isEqualTo("2023年9月8日");
    }

    @Test
    void shouldKeepASingleSignatureWithItsSealNote() {
        ParsedDocument doc = parser.parse(text("一、工作要求", "各地要按规定做好验收工作。", "", "某某市工作领导小组", "（代章）", "2023年9月8日"));
        assertThat(paths(doc)).containsExactly("一", "一/¶1");
        assertThat(doc.head().signature()).isEqualTo("某某市工作领导小组");
    }

    @Test
    void shouldNotTakeABodyLineFollowedByTextForASignature() {
        ParsedDocument doc = parser.parse(text("一、工作要求", "某某市工作领导小组", "负责统筹协调全市工作。"));
        assertThat(paths(doc)).contains("一/¶1");
        assertThat(doc.head().signature()).isNull();
    }

    @Test
    void shouldReadABracketedPublicityNoteAsAHeadPart() {
        for (String note : List.of("（此件主动公开）", "（此件公开发布）", "(此件不予公开)")) {
            ParsedDocument doc = parser.parse(text("一、工作要求", "各地要按规定做好验收工作。", "", "某某厅", "2023年9月8日", "", note));
            assertThat(paths(doc)).as(note).containsExactly("一", "一/¶1");
            assertThat(doc.head().publicity()).as(note).isEqualTo(note);
        }
        assertThat(parser.parse(text("公开方式：主动公开")).head().publicity()).isEqualTo("主动公开");
    }

    @Test
    void shouldSpanAnAttachmentByItsLabelAndTitleOnlyNotByTheTableUnderIt() {
        String source = text(
                "一、工作要求",
                "各地要按规定做好验收工作。",
                "",
                "附件",
                "",
                "重点任务分工表",
                "",
                "\t序号", "\t重点任务", "\t牵头单位", "\t完成时限",
                "",
                "\t1", "\t开展专项监察", "\t省工业和信息化厅", "\t10月底前");
        ParsedDocument doc = parser.parse(source);
        Node attachment = doc.nodes().stream().filter(n -> n.kind() == Node.Kind.ATTACHMENT).findFirst().orElseThrow();
        assertThat(doc.textOf(attachment)).isEqualTo("附件\n\n重点任务分工表");
        assertThat(paths(doc)).contains("附件/表1", "附件/表1/1");
    }
}
