package org.policykg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.structure.Node;
import org.policykg.structure.ParsedDocument;
import org.policykg.structure.StructureParser;

/** The scale corpus: deterministic, hierarchical, citing, and shaped the way the parser reads documents. */
class CorpusGeneratorTest {

    private static final int DOCS = 80;

    @TempDir
    static Path dir;

    private static Path corpus;
    private static List<Map<String, String>> manifest;

    @BeforeAll
    static void generate() throws IOException {
        corpus = dir.resolve("seed1");
        new CorpusGenerator().generate(DOCS, 1, corpus);
        manifest = manifest(corpus);
    }

    @Test
    void shouldWriteByteIdenticalFilesForTheSameSeed() throws IOException {
        Path again = dir.resolve("again");
        new CorpusGenerator().generate(DOCS, 1, again);

        assertThat(contents(again)).isEqualTo(contents(corpus));
    }

    @Test
    void shouldWriteDifferentDocumentsForAnotherSeed() throws IOException {
        Path other = dir.resolve("seed2");
        new CorpusGenerator().generate(DOCS, 2, other);

        assertThat(contents(other)).hasSize(DOCS + 1).isNotEqualTo(contents(corpus));
    }

    @Test
    void shouldReplaceAnEarlierCorpusInTheSameFolder() throws IOException {
        Path reused = dir.resolve("reused");
        new CorpusGenerator().generate(DOCS, 1, reused);
        new CorpusGenerator().generate(5, 1, reused);

        assertThat(contents(reused)).hasSize(6);
    }

    @Test
    void shouldCoverEveryLevelAndManyPlanYears() {
        Set<String> levels = manifest.stream().map(r -> r.get("level")).collect(Collectors.toSet());
        Set<String> years = manifest.stream().map(r -> r.get("year")).collect(Collectors.toSet());

        assertThat(manifest).hasSize(DOCS);
        assertThat(levels).containsExactlyInAnyOrder("national", "province", "city", "county");
        assertThat(years).hasSize(CorpusPlan.years(DOCS)).hasSizeGreaterThan(4);
    }

    @Test
    void shouldGiveEveryDocumentAUniqueNumberOnTheLineUnderItsTitle() throws IOException {
        Set<String> numbers = manifest.stream().map(r -> r.get("number")).collect(Collectors.toSet());
        assertThat(numbers).hasSize(DOCS);
        for (Map<String, String> r : manifest) {
            List<String> lines = Files.readAllLines(corpus.resolve(r.get("file")), StandardCharsets.UTF_8);
            int title = lines.indexOf(r.get("title"));
            int notice = indexOfEnding(lines, "关于印发" + r.get("title") + "的通知");
            assertThat(lines.get((notice >= 0 ? notice : title) + 1)).as(r.get("file")).isEqualTo(r.get("number"));
        }
    }

    @Test
    void shouldCiteTheImplementedPlanOneLevelUpByNumberInThePreamble() throws IOException {
        Map<String, Map<String, String>> byNumber = new LinkedHashMap<>();
        manifest.forEach(r -> byNumber.put(r.get("number"), r));
        List<String> levels = List.of("national", "province", "city", "county");
        for (Map<String, String> r : manifest) {
            if (r.get("level").equals("national")) {
                assertThat(r.get("implements")).isEmpty();
                continue;
            }
            Map<String, String> parent = byNumber.get(r.get("implements"));
            String text = Files.readString(corpus.resolve(r.get("file")), StandardCharsets.UTF_8);
            String preamble = text.lines().filter(l -> l.contains("制定本")).findFirst().orElseThrow();

            assertThat(parent).as(r.get("file")).isNotNull();
            assertThat(levels.indexOf(parent.get("level"))).isLessThan(levels.indexOf(r.get("level")));
            assertThat(parent.get("year")).isEqualTo(r.get("year"));
            assertThat(preamble).contains("（" + r.get("implements") + "）");
        }
    }

    @Test
    void shouldParseIntoTheClausesAndTablesTheGeneratorWrote() throws IOException {
        StructureParser parser = new StructureParser();
        for (Map<String, String> r : manifest) {
            ParsedDocument doc = parser.parse(Files.readString(corpus.resolve(r.get("file")), StandardCharsets.UTF_8));
            long clauses = doc.nodes().stream().filter(n -> n.kind() == Node.Kind.CLAUSE).count();
            long tables = doc.nodes().stream().filter(n -> n.kind() == Node.Kind.TABLE).count();

            assertThat(clauses).as(r.get("file") + " clauses").isEqualTo(Long.parseLong(r.get("clauses")));
            assertThat(tables).as(r.get("file") + " tables").isEqualTo(Long.parseLong(r.get("tables")));
        }
        assertThat(manifest).anyMatch(r -> Integer.parseInt(r.get("tables")) >= 3);
    }

    private static int indexOfEnding(List<String> lines, String suffix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith(suffix)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                all.put(root.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
        }
        return all;
    }

    private static List<Map<String, String>> manifest(Path root) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve(CorpusGenerator.MANIFEST), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#")).toList();
        String[] header = lines.get(0).split("\t");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }
}
