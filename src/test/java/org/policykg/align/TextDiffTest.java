package org.policykg.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policykg.align.TextDiff.Edit;
import org.policykg.align.TextDiff.Op;

class TextDiffTest {

    @Test
    void shouldShowAChangedOwnerPhraseByPhrase() {
        assertThat(TextDiff.diff("省工业和信息化厅", "市工业和信息化局")).containsExactly(
                new Edit(Op.REMOVED, "省"), new Edit(Op.ADDED, "市"),
                new Edit(Op.SAME, "工业和信息化"),
                new Edit(Op.REMOVED, "厅"), new Edit(Op.ADDED, "局"));
    }

    @Test
    void shouldShowWhatALowerLevelAdded() {
        List<Edit> edits = TextDiff.diff("对达不到强制性能耗限额标准要求的产能，在6个月内整改。",
                "严格执行节约能源法，对达不到强制性能耗限额标准要求的产能，在6个月内整改。");
        assertThat(edits).containsExactly(new Edit(Op.ADDED, "严格执行节约能源法,"),
                new Edit(Op.SAME, "对达不到强制性能耗限额标准要求的产能,在6个月内整改。"));
    }

    @Test
    void shouldShowReplacedLocalRiverBasins() {
        List<Edit> edits = TextDiff.diff("聚焦重点行业和练江流域、茅洲河、广佛跨界等重点区域整治",
                "突出重点行业和鉴江流域、九洲江流域、遂溪河流域等重点区域整治");
        assertThat(edits).first().isEqualTo(new Edit(Op.REMOVED, "聚焦"));
        assertThat(edits).contains(new Edit(Op.SAME, "重点行业和"), new Edit(Op.SAME, "等重点区域整治"));
        assertThat(text(edits, Op.REMOVED)).contains("茅洲河、广佛跨界");
        assertThat(text(edits, Op.ADDED)).contains("九洲江流域、遂溪河流域");
        assertRebuilds(edits, "聚焦重点行业和练江流域、茅洲河、广佛跨界等重点区域整治", "突出重点行业和鉴江流域、九洲江流域、遂溪河流域等重点区域整治");
    }

    @Test
    void shouldFoldAShortSharedRunIntoTheSurroundingChange() {
        assertThat(TextDiff.diff("甲的乙", "丙的丁")).containsExactly(new Edit(Op.REMOVED, "甲的乙"), new Edit(Op.ADDED, "丙的丁"));
    }

    @Test
    void shouldIgnoreOutlineMarkersWhitespaceAndFullWidthForms() {
        assertThat(TextDiff.diff("（一）严格执行节约能源法，依法关停", "1. 严格执行 节约能源法,依法关停"))
                .containsExactly(new Edit(Op.SAME, "严格执行节约能源法,依法关停"));
    }

    @Test
    void shouldHandleEmptyTexts() {
        assertThat(TextDiff.diff("", "")).isEmpty();
        assertThat(TextDiff.diff("", "新增")).containsExactly(new Edit(Op.ADDED, "新增"));
        assertThat(TextDiff.diff("删去", "")).containsExactly(new Edit(Op.REMOVED, "删去"));
    }

    @Test
    void shouldDiffVeryLongTextsByPhraseAndStillRebuildThem() {
        String sentence = "各县区要落实属地责任，按期完成淘汰任务；";
        String parent = sentence.repeat(150) + "省级部门加强督导。";
        String child = sentence.repeat(120) + "市级部门定期通报，" + sentence.repeat(30) + "市级部门加强督导。";
        List<Edit> edits = TextDiff.diff(parent, child);
        assertRebuilds(edits, parent, child);
        assertThat(text(edits, Op.ADDED)).contains("市级部门定期通报,");
    }

    private static void assertRebuilds(List<Edit> edits, String parent, String child) {
        assertThat(edits.stream().filter(e -> e.op() != Op.ADDED).map(Edit::text).collect(Collectors.joining()))
                .isEqualTo(TextDiff.prepare(parent));
        assertThat(edits.stream().filter(e -> e.op() != Op.REMOVED).map(Edit::text).collect(Collectors.joining()))
                .isEqualTo(TextDiff.prepare(child));
    }

    private static String text(List<Edit> edits, Op op) {
        return edits.stream().filter(e -> e.op() == op).map(Edit::text).collect(Collectors.joining("/"));
    }
}
