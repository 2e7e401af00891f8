package org.policykg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policykg.CorpusGraph;

/** Whole-corpus queries page with LIMIT/OFFSET in their own order, and count their rows when asked. */
class QueryPagingTest {

    private final QueryRunner runner = CorpusGraph.runner();
    private final NamedQuery obligations = CorpusGraph.catalog().get("obligations");

    private static List<String> rows(ResultSetRewindable rs) {
        List<String> out = new ArrayList<>();
        rs.reset();
        rs.forEachRemaining(s -> out.add(String.join("|", rs.getResultVars().stream().map(v -> Solutions.text(s, v)).toList())));
        return out;
    }

    private String written(ResultFormat format, Page page) {
        StringWriter out = new StringWriter();
        runner.stream(obligations, Map.of(), page, null, rs -> {
            format.stream(rs, out);
            return null;
        });
        return out.toString();
    }

    @Test
    void shouldAnswerAPageAsTheSameRowsOfTheFullAnswerInTheSameOrder() {
        List<String> all = rows(runner.select(obligations, Map.of()));

        List<String> page = rows(runner.select(obligations, Map.of(), new Page(5, 3), null));

        assertThat(all).hasSizeGreaterThan(8);
        assertThat(page).containsExactlyElementsOf(all.subList(3, 8));
    }

    @Test
    void shouldCountEveryRowOfTheQueryWhateverThePage() {
        int all = runner.select(obligations, Map.of()).size();
        int ofOne = runner.select(obligations, Map.of("doc", "湛江")).size();

        assertThat(runner.total(obligations, Map.of(), null)).isEqualTo(all);
        assertThat(runner.total(obligations, Map.of("doc", "湛江"), null)).isEqualTo(ofOne).isLessThan(all);
    }

    @Test
    void shouldExplainThePlanWithItsParameterBoundAndItsPageApplied() {
        String plan = runner.explain(obligations, Map.of("doc", "湛江"), new Page(100, 0));

        assertThat(plan).contains("(slice _ 100").contains("lateral").contains("quadpattern")
                .contains("#inDocument> <https://w3id.org/policykg/id/doc/");
    }

    @Test
    void shouldAnswerNoRowsForAnOffsetPastTheEnd() {
        long total = runner.total(obligations, Map.of(), null);

        assertThat(runner.select(obligations, Map.of(), new Page(100, total), null).size()).isZero();
    }

    @Test
    void shouldStreamTsvRowsWithTheirHeader() {
        String tsv = written(ResultFormat.TSV, new Page(2, 0));

        assertThat(tsv.split("\n")).hasSize(3);
        assertThat(tsv).startsWith("?doc\t?docTitle\t");
    }

    @Test
    void shouldWriteJsonResultsToAWriter() {
        assertThat(written(ResultFormat.JSON, new Page(1, 0))).contains("\"vars\"").contains("\"bindings\"");
    }

    @ParameterizedTest(name = "limit={0} offset={1}")
    @CsvSource({"-1, 0, 'limit'", "ten, 0, 'limit'", "10, -5, 'offset'", "2.5, 0, 'limit'", "10001, 0, 'more than 10000'"})
    void shouldRefuseALimitOrOffsetThatIsNotAWholeNumberInRange(String limit, String offset, String named) {
        assertThatThrownBy(() -> Page.parse(limit, offset))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(named);
    }

    @Test
    void shouldTakeNoLimitAndNoOffsetAsEveryRow() {
        assertThat(Page.parse(null, " ").all()).isTrue();
        assertThat(Page.parse("100", null)).isEqualTo(new Page(100, 0));
    }
}
