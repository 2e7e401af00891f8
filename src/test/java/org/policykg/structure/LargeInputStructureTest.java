package org.policykg.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Large and repetitive inputs: what the parser makes of them, never how fast (the benchmark and the issue's
 * figures are where speed is judged). Codes stay unique when thousands of siblings share a number.
 */
class LargeInputStructureTest {

    private final StructureParser parser = new StructureParser();

    @Test
    void shouldNumberTensOfThousandsOfParagraphsUnderOneParentInOrder() {
        StringBuilder b = new StringBuilder("关于测试大文件的通知\n\n");
        int n = 60_000;
        for (int i = 1; i <= n; i++) {
            b.append("各单位要按照要求做好第").append(i).append("项工作。\n");
        }

        ParsedDocument doc = parser.parse(b.toString());

        List<Node> paragraphs = doc.nodes().stream().filter(x -> x.kind() == Node.Kind.PARAGRAPH).toList();
        assertThat(paragraphs).hasSize(n);
        assertThat(paragraphs.get(n - 1).segment()).isEqualTo("¶" + n);
        assertThat(doc.textOf(paragraphs.get(n - 1))).contains("第" + n + "项工作");
        assertUniqueCodePaths(doc);
    }

    @Test
    void shouldGiveRepeatedOutlineNumbersSuffixedCodesInOrder() {
        StringBuilder b = new StringBuilder("关于测试重复编号的通知\n\n");
        for (int i = 0; i < 5_000; i++) {
            b.append("一、总体要求\n（一）加强组织领导。\n");
        }

        ParsedDocument doc = parser.parse(b.toString());

        List<String> top = doc.roots().stream().filter(x -> x.kind() == Node.Kind.CLAUSE).map(Node::code).toList();
        assertThat(top).hasSize(5_000);
        assertThat(top.subList(0, 3)).containsExactly(top.get(0), top.get(0) + "-2", top.get(0) + "-3");
        assertThat(top.get(4_999)).isEqualTo(top.get(0) + "-5000");
        assertUniqueCodePaths(doc);
    }

    @Test
    void shouldKeepA5MegabyteSingleLineAsOneParagraph() {
        StringBuilder b = new StringBuilder("关于测试长行的通知\n\n");
        while (b.length() < 5 * 1024 * 1024 / 3) {
            b.append("推动落后产能依法依规退出，");
        }
        String text = b.toString();

        ParsedDocument doc = parser.parse(text);

        List<Node> paragraphs = doc.nodes().stream().filter(x -> x.kind() == Node.Kind.PARAGRAPH).toList();
        assertThat(paragraphs).hasSize(1);
        assertThat(paragraphs.get(0).end()).isEqualTo(text.length());
    }

    private static void assertUniqueCodePaths(ParsedDocument doc) {
        Set<String> paths = new HashSet<>();
        doc.nodes().forEach(x -> assertThat(paths.add(x.codePath())).as(x.codePath()).isTrue());
    }
}
