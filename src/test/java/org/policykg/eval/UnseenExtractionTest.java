package org.policykg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policykg.Samples;

/**
 * Extraction scored against the gold of four documents in src/test/resources/unseen (a national, a province, a
 * city and a county plan of another province; see unseen-gold/README.md). They were written for this test and first
 * scored before any rule saw them (owners F1 0.70); the general fixes that followed were made while reading them,
 * so they are no longer held out. The bars are a regression guard a little below the scores now measured, not a
 * quality estimate for new documents.
 */
class UnseenExtractionTest {

    private static Map<String, FieldScore> scores;

    @BeforeAll
    static void score() {
        Evaluator evaluator = new Evaluator(Samples.pipeline());
        scores = evaluator.score(GoldSet.load(Path.of("src/test/resources/unseen-gold")), Path.of("src/test/resources/unseen"));
        Evaluator.report(scores, 5).forEach(System.out::println);
    }

    @ParameterizedTest(name = "{0} F1 >= {1}")
    @CsvSource({"owners, 0.95", "recipients, 0.95", "deadlines, 0.95", "thresholds, 0.95", "citations, 0.95"})
    void shouldKeepTheF1OfEachFieldOnUnseenDocuments(String field, double bar) {
        assertThat(scores.get(field).f1()).isGreaterThanOrEqualTo(bar);
    }

    @ParameterizedTest(name = "{0} has {1} gold items")
    @CsvSource({"owners, 77", "recipients, 24", "deadlines, 35", "thresholds, 15", "citations, 12"})
    void shouldScoreAgainstTheWholeUnseenGoldSet(String field, int gold) {
        assertThat(scores.get(field).gold()).isEqualTo(gold);
    }
}
