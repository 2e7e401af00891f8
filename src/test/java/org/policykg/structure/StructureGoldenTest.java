package org.policykg.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.Samples;
import org.policykg.read.DocumentReader;

/** Golden tests driven by golden/structure-counts.tsv and golden/structure-nodes.tsv. */
class StructureGoldenTest {

    private static final StructureParser PARSER = new StructureParser();

    static Stream<Map<String, String>> counts() {
        return Samples.manifest("golden/structure-counts.tsv").stream();
    }

    static Stream<Map<String, String>> nodes() {
        return Samples.manifest("golden/structure-nodes.tsv").stream();
    }

    private static ParsedDocument parse(String file) {
        return PARSER.parse(new DocumentReader().read(Samples.file(file)).text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counts")
    void shouldFindTheHandCountedNumberOfSubdivisions(Map<String, String> row) {
        Map<Node.Kind, Long> byKind = parse(row.get("file")).nodes().stream()
                .collect(Collectors.groupingBy(Node::kind, Collectors.counting()));
        assertThat(byKind.getOrDefault(Node.Kind.valueOf(row.get("kind")), 0L))
                .as("%s %s", row.get("file"), row.get("kind"))
                .isEqualTo(Long.parseLong(row.get("count")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodes")
    void shouldPlaceEachNodeAtItsOutlinePath(Map<String, String> row) {
        ParsedDocument doc = parse(row.get("file"));
        List<Node> hits = doc.nodes().stream().filter(n -> n.path().equals(row.get("path"))).toList();
        assertThat(hits).as("nodes at %s in %s", row.get("path"), row.get("file")).hasSize(1);
        Node n = hits.get(0);
        assertThat(n.kind()).isEqualTo(Node.Kind.valueOf(row.get("kind")));
        assertThat(doc.textOf(n)).startsWith(row.get("textStart"));
        if (!row.get("heading").isEmpty()) {
            assertThat(n.heading()).isEqualTo(row.get("heading"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.policykg.Samples#documents")
    void shouldGiveEveryNodeAnExactSpanOfTheSource(java.nio.file.Path file) {
        String text = new DocumentReader().read(file).text();
        ParsedDocument doc = PARSER.parse(text);
        assertThat(doc.nodes()).isNotEmpty().allSatisfy(n -> {
            assertThat(n.start()).isLessThanOrEqualTo(n.end());
            assertThat(doc.textOf(n)).isEqualTo(text.substring(n.start(), n.end())).isNotBlank();
        });
        assertThat(doc.nodes().stream().map(Node::codePath)).doesNotHaveDuplicates();
        assertThat(doc.nodes().stream().map(Node::path)).doesNotHaveDuplicates();
    }
}
