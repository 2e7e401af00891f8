package org.policykg.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineTest {

    private static final String DOC = "https://w3id.org/policykg/id/doc/x";

    @Test
    void shouldNestSubdivisionsByPathAndLeaveOutParagraphs() {
        List<Outline.Entry> tree = Outline.of(DOC, List.of(
                new Outline.Row("一", "Clause", "总体要求", 0, "一、总体要求", DOC + "/a1"),
                new Outline.Row("一/¶1", "Paragraph", null, 7, "以钢铁为重点", DOC + "/a1/p1"),
                new Outline.Row("一/（一）", "Clause", null, 20, "（一）加强统筹协调，市有关单位要加强市县联动，形成合力推进工作。", DOC + "/a1/b1"),
                new Outline.Row("二", "Clause", "保障措施", 60, "二、保障措施", DOC + "/a2")));

        assertThat(tree).extracting(Outline.Entry::label).containsExactly("一 总体要求", "二 保障措施");
        assertThat(tree.get(0).children()).singleElement().satisfies(e -> {
            assertThat(e.anchor()).isEqualTo("a1/b1");
            assertThat(e.label()).isEqualTo("（一）加强统筹协调，市有关单位要加强市县联动，形…");
        });
    }

    @Test
    void shouldHangASubdivisionUnderItsNearestListedAncestor() {
        List<Outline.Entry> tree = Outline.of(DOC, List.of(
                new Outline.Row("表1", "Table", null, 0, "序号 任务", DOC + "/t1"),
                new Outline.Row("表1/6/1", "TableRow", null, 9, "淘汰相关工艺", DOC + "/t1/r6/r1")));

        assertThat(tree).singleElement().satisfies(t -> assertThat(t.children()).extracting(Outline.Entry::anchor).containsExactly("t1/r6/r1"));
    }
}
