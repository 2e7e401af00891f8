package org.policykg.annotate.threshold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.conventions.Tsv;

class ThresholdParserTest {

    private static final ThresholdParser PARSER = new ThresholdParser();
    private static final List<String> COLUMNS = List.of("text", "attribute", "subject", "comparator", "value", "unit",
            "normValue", "normUnit", "exception", "group");

    static Stream<Arguments> manifest() {
        Map<String, List<Map<String, String>>> byInput = Tsv.classpath("annotate/thresholds.tsv").stream()
                .collect(Collectors.groupingBy(r -> r.get("input"), LinkedHashMap::new, Collectors.toList()));
        return byInput.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void shouldExtractExactlyTheThresholdsListedInTheManifest(String input, List<Map<String, String>> rows) {
        List<Map<String, String>> expected = rows.stream().filter(r -> !r.get("text").isEmpty())
                .map(ThresholdParserTest::columns).toList();

        List<Map<String, String>> found = PARSER.find(input).stream().map(ThresholdParserTest::row).toList();

        assertThat(found).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void shouldPointOffsetsAtTheThresholdText(String input, List<Map<String, String>> rows) {
        for (Threshold t : PARSER.find(input)) {
            assertThat(input.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void shouldWriteComparatorsAsTheirSymbols() {
        assertThat(Stream.of(Comparator.values()).map(Comparator::symbol)).containsExactly("<", "<=", ">", ">=", "=");
    }

    @Test
    void shouldFindNothingInNullOrEmptyText() {
        assertThat(PARSER.find(null)).isEmpty();
        assertThat(PARSER.find("")).isEmpty();
    }

    @Test
    void shouldNumberGroupsFromZeroInEachCall() {
        String text = "淘汰幅宽在1.76米及以下并且车速为120米/分以下的文化纸生产线，淘汰30吨及以下炼钢转炉";

        PARSER.find("淘汰16万安培以下预焙槽");
        List<Integer> groups = PARSER.find(text).stream().map(Threshold::group).toList();

        assertThat(groups).containsExactly(0, 0, 1);
    }

    @Test
    void shouldGiveTheSameAnswersToConcurrentCallers() {
        List<String> inputs = manifest().map(a -> (String) a.get()[0]).toList();
        List<List<Threshold>> sequential = inputs.stream().map(PARSER::find).toList();

        List<List<List<Threshold>>> parallel = IntStream.range(0, 16).parallel()
                .mapToObj(i -> inputs.parallelStream().map(PARSER::find).toList()).toList();

        assertThat(parallel).allSatisfy(run -> assertThat(run).isEqualTo(sequential));
    }

    @Test
    void shouldReadEveryKindOfCorpusThresholdAndNoneInsideTitles() throws IOException {
        Path corpus = Path.of("corpus");
        assumeTrue(Files.isDirectory(corpus), "sample corpus not present");
        List<Threshold> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    for (Threshold t : PARSER.find(line)) {
                        assertThat(line.substring(t.start(), t.end())).isEqualTo(t.text());
                        assertThat(insideTitle(line, t.start())).as(t.text()).isFalse();
                        all.add(t);
                    }
                }
            }
        }
        assertThat(all).extracting(Threshold::normUnit).contains("M3", "TONNE", "TONNE-PER-YR", "TONNE-PER-HR", "A",
                "KiloW", "M", "M-PER-MIN", "PERCENT", "YR", "MO", "BATCH", "RATIO", "STANDARD-HIDE", "M2-PER-YR");
        assertThat(all).allSatisfy(t -> assertThat(t.comparator()).isNotNull());
    }

    private static boolean insideTitle(String line, int pos) {
        return line.lastIndexOf('《', pos) > line.lastIndexOf('》', pos);
    }

    private static Map<String, String> columns(Map<String, String> manifestRow) {
        Map<String, String> m = new LinkedHashMap<>();
        COLUMNS.forEach(c -> m.put(c, manifestRow.get(c)));
        return m;
    }

    private static Map<String, String> row(Threshold t) {
        List<Object> values = List.of(t.text(), dash(t.attribute()), dash(t.subject()), t.comparator().name(),
                t.value(), dash(t.unit()), BigDecimal.valueOf(t.normValue()).stripTrailingZeros().toPlainString(),
                t.normUnit(), dash(t.exception()), t.group());
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            m.put(COLUMNS.get(i), String.valueOf(values.get(i)));
        }
        return m;
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
