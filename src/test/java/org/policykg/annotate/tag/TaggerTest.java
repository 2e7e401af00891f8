package org.policykg.annotate.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.conventions.Tsv;

class TaggerTest {

    private static final Tagger TAGGER = Tagger.fromSchemes();
    private static final String INDUSTRY = Tagger.INDUSTRY_SCHEME + "/";
    private static final String ASPECT = Tagger.ASPECT_SCHEME + "/";

    static Stream<Arguments> manifest() {
        return Tsv.classpath("tag/tagger-cases.tsv").stream().map(r -> Arguments.of(r.get("case"), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void shouldTagAspectsAndIndustriesAsListedInTheManifest(String name, Map<String, String> row) {
        List<String> headings = row.get("headings").isEmpty() ? List.of()
                : Arrays.stream(row.get("headings").split(" \\| ")).map(TaggerTest::unescape).toList();

        Tags tags = TAGGER.tag(unescape(row.get("text")), headings);

        assertThat(tags.aspects()).as("aspects").containsExactlyInAnyOrderElementsOf(iris(ASPECT, row.get("aspects")));
        assertThat(tags.industries()).as("industries")
                .containsExactlyInAnyOrderElementsOf(iris(INDUSTRY, row.get("industries")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"钢铁,steel", "水泥,cement", "电解铝,electrolytic-aluminium", "平板玻璃,flat-glass", "造纸,paper",
            "印染,printing-dyeing", "制革,leather", "铅蓄电池,lead-acid-batteries", "铜冶炼,copper-smelting",
            "铅冶炼,lead-smelting", "小火电,small-thermal-power", "陶瓷,ceramics"})
    void shouldTagEachKeyIndustryOfTheGuangdongPlanWithItsOwnConcept(String written, String notation) {
        assertThat(TAGGER.tag(written + "行业", List.of()).industries()).containsExactly(INDUSTRY + notation);
    }

    @Test
    void shouldTagEveryIndustryLabelWithExactlyTheConceptsCarryingIt() {
        Map<String, Set<String>> byLabel = SchemeFacts.zhLabels(SchemeReader.load(), Tagger.INDUSTRY_SCHEME);

        byLabel.forEach((label, concepts) ->
                assertThat(TAGGER.tag(label, List.of()).industries()).as(label).isEqualTo(concepts));
    }

    @Test
    void shouldLetTheNearestHeadingThatNamesAnAspectWin() {
        String text = "严格执行安全生产法，对12个重点行业进行监督检查。";

        Tags tags = TAGGER.tag(text, List.of("（二）环保方面（省生态环境厅负责）", "二、主要任务", "表2：重点行业清单（质量执法）"));

        assertThat(tags.aspects()).containsExactly(ASPECT + "quality");
    }

    @Test
    void shouldSkipHeadingsThatNameNoAspect() {
        Tags tags = TAGGER.tag("严格执行安全生产法。", List.of("（四）安全方面", "1. 加强执法", "表4：工作要求清单"));

        assertThat(tags.aspects()).containsExactly(ASPECT + "safety");
    }

    @Test
    void shouldReturnEmptyTagsForNullOrEmptyInput() {
        assertThat(TAGGER.tag(null, null)).isEqualTo(new Tags(Set.of(), Set.of()));
        assertThat(TAGGER.tag("", List.of())).isEqualTo(new Tags(Set.of(), Set.of()));
    }

    @Test
    void shouldShareOneTaggerLoadedFromTheClasspath() {
        assertThat(Tagger.fromSchemes()).isSameAs(TAGGER);
    }

    @Test
    void shouldGiveTheSameAnswersToConcurrentCallers() throws Exception {
        List<Map<String, String>> rows = Tsv.classpath("tag/tagger-cases.tsv");
        List<Tags> sequential = rows.stream().map(TaggerTest::tagRow).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Tags>>> runs = Stream.generate(() -> pool.submit(
                    () -> rows.stream().map(TaggerTest::tagRow).toList())).limit(16).toList();
            for (Future<List<Tags>> run : runs) {
                assertThat(run.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static Tags tagRow(Map<String, String> r) {
        List<String> headings = r.get("headings").isEmpty() ? List.of() : List.of(r.get("headings").split(" \\| "));
        return TAGGER.tag(unescape(r.get("text")), headings);
    }

    private static Set<String> iris(String base, String notations) {
        return notations.isEmpty() ? Set.of()
                : Arrays.stream(notations.split(",")).map(n -> base + n.strip()).collect(Collectors.toSet());
    }

    private static String unescape(String s) {
        return s.replace("\\t", "\t").replace("\\n", "\n");
    }
}
