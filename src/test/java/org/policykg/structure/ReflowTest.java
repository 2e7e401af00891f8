package org.policykg.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Restoring the line breaks of flattened documents, on short invented texts padded to a flattened length. */
class ReflowTest {

    /** An invented background sentence, repeated to make a line as long as a flattened document. */
    private static final String BACKGROUND = "近年来，本市示范区建设取得积极进展，服务能力明显增强。".repeat(40);

    private final Reflow reflow = new Reflow(OutlineMarkers.standard(), new DocumentParts());

    private List<String> lines(String text) {
        return Arrays.stream(reflow.apply(text).split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void shouldLeaveALineBrokenDocumentUnchanged() {
        String text = "一、总体要求\n（一）指导思想。坚持系统观念。1.加快建设。2.加强保障。\n二、保障措施";
        assertThat(reflow.apply(text)).isEqualTo(text);
    }

    @Test
    void shouldBreakBeforeInlineOutlineItemsInSequence() {
        String text = BACKGROUND + "一、重点任务（一）推进示范建设。1.2025年底前建成10个示范点，产量增长1.5倍。（市商务局负责）"
                + "2.修订第3.5条规定。（市司法局负责）二、保障措施加强组织领导。";
        assertThat(lines(text)).containsSubsequence(
                "一、重点任务", "（一）推进示范建设。",
                "1.2025年底前建成10个示范点，产量增长1.5倍。（市商务局负责）",
                "2.修订第3.5条规定。（市司法局负责）",
                "二、保障措施加强组织领导。");
    }

    @Test
    void shouldNotBreakAtAnEnumerationOutOfSequence() {
        String text = BACKGROUND + "一、完善物流网络建设一级物流基地，二、三级物流基地完成规划目标。（市交通局负责）";
        assertThat(lines(text)).last().isEqualTo("一、完善物流网络建设一级物流基地，二、三级物流基地完成规划目标。（市交通局负责）");
    }

    @Test
    void shouldPutNumberAddresseesSignatureAndDateOnLinesOfTheirOwn() {
        String text = "示府办发〔2024〕7号各区人民政府，市政府各部门：" + BACKGROUND + "示范市人民政府办公厅2024年3月5日（此件公开发布）";
        assertThat(lines(text)).containsExactly("示府办发〔2024〕7号", "各区人民政府，市政府各部门：", BACKGROUND,
                "示范市人民政府办公厅", "2024年3月5日", "（此件公开发布）");
    }

    @Test
    void shouldSplitTheTitleOfALetterFromItsAddressees() {
        String text = "示范市商务局关于商请会签《示范方案》的函市财政局、市交通局：" + BACKGROUND;
        assertThat(lines(text)).startsWith("示范市商务局关于商请会签《示范方案》的函", "市财政局、市交通局：");
    }

    @Test
    void shouldEndATaskAtItsResponsibilityNoteButNotAtANoteInsideASentence() {
        String text = BACKGROUND + "建设示范平台。（责任单位：市商务局、市财政局）完善配套政策（市财政局负责），加强考核。";
        List<String> lines = lines(text);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).endsWith("建设示范平台。（责任单位：市商务局、市财政局）");
        assertThat(lines.get(1)).isEqualTo("完善配套政策（市财政局负责），加强考核。");
    }

    @Test
    void shouldStartAParagraphAtATwoSpaceIndent() {
        String text = "\u3000\u3000" + BACKGROUND + "\u3000\u3000第二段。";
        assertThat(lines(text)).containsExactly(BACKGROUND, "第二段。");
    }

    @Test
    void shouldBreakBeforeAnAttachmentNoteAfterAContactLine() {
        String text = BACKGROUND + "联系人:张三，电话:1234附件:示范方案";
        assertThat(lines(text)).endsWith("联系人:张三，", "电话:1234", "附件:示范方案");
    }

    @Test
    void shouldParseAFlattenedDocumentLikeItsLineBrokenForm() {
        String broken = String.join("\n", "示府办发〔2024〕7号", "各区人民政府：", BACKGROUND,
                "一、重点任务", "（一）推进示范建设。", "1.建设示范点。（市商务局负责）", "2.完善政策。（市财政局负责）",
                "（二）加强保障。", "1.落实资金。（市财政局负责）", "示范市人民政府", "2024年3月5日");
        StructureParser parser = new StructureParser();
        ParsedDocument flat = parser.parse(broken.replace("\n", ""));
        ParsedDocument lined = parser.parse(broken);
        assertThat(flat.nodes().stream().map(Node::path).toList())
                .isEqualTo(lined.nodes().stream().map(Node::path).toList())
                .contains("一/（一）/1", "一/（一）/2", "一/（二）/1");
        assertThat(flat.head().ownNumber()).isEqualTo("示府办发〔2024〕7号");
        assertThat(flat.head().signature()).isEqualTo("示范市人民政府");
        assertThat(flat.head().dateWritten()).isEqualTo("2024年3月5日");
        assertThat(flat.textOf(flat.nodes().get(flat.nodes().size() - 1))).isEqualTo("1.落实资金。（市财政局负责）");
    }

    @Test
    void shouldReadAJointSignatureWithoutGaps() {
        String text = String.join("\n", "加强协作。", "示范市商务局示范市财政局示范市交通运输局", "2024年3月5日");
        assertThat(new StructureParser().parse(text).head().signature()).isEqualTo("示范市商务局示范市财政局示范市交通运输局");
    }

    @Test
    void shouldReadAYearAfterAnItemMarkerAndAnOcrFullStopAsItsDot() {
        OutlineMarkers markers = OutlineMarkers.standard();
        assertThat(markers.match("1.2025年底前完成。")).get().extracting(OutlineMarkers.Marker::number).isEqualTo(1);
        assertThat(markers.match("11。强化生态保护。")).get().extracting(OutlineMarkers.Marker::number).isEqualTo(11);
        assertThat(markers.match("1.5倍以上。")).isEmpty();
    }
}
