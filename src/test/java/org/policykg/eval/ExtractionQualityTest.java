package org.policykg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.Samples;

/**
 * Extraction scored against the hand-annotated gold set in src/test/resources/gold: precision, recall and
 * F1 per field, with the bars of issue 3. The report (with misses) is printed for the build log.
 */
class ExtractionQualityTest {

    private static Map<String, FieldScore> scores;

    @BeforeAll
    static void score() {
        Evaluator evaluator = new Evaluator(Samples.pipeline());
        scores = evaluator.score(GoldSet.load(Path.of("src/test/resources/gold")), Samples.CORPUS);
        Evaluator.report(scores, 5).forEach(System.out::println);
    }

    @Test
    void shouldFindOwnersWithF1AtLeast090() {
        assertThat(scores.get("owners").f1()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void shouldNormalizeDeadlinesWithF1AtLeast095() {
        assertThat(scores.get("deadlines").f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void shouldFindCitationsWithF1AtLeast098() {
        assertThat(scores.get("citations").f1()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void shouldReadThresholdsWithF1AtLeast090() {
        assertThat(scores.get("thresholds").f1()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void shouldScoreAgainstANonTrivialGoldSet() {
        assertThat(scores.get("owners").gold()).isGreaterThan(300);
        assertThat(scores.get("deadlines").gold()).isGreaterThan(40);
        assertThat(scores.get("citations").gold()).isGreaterThan(40);
        assertThat(scores.get("thresholds").gold()).isGreaterThan(30);
        assertThat(scores.get("recipients").gold()).isGreaterThan(20);
    }
}
