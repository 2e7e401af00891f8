package org.policykg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policykg.CorpusGraph;
import org.policykg.PolicyKgProperties;

/** A query given a time limit is cancelled when it runs over, and answers as usual when it does not. */
class QueryRunnerTimeoutTest {

    private static final NamedQuery EVERY_PAIR = NamedQuery.parse("every-pair",
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }");

    @Test
    void shouldCancelAQueryThatRunsOverItsTimeLimit() {
        QueryRunner runner = CorpusGraph.runner();

        assertThatThrownBy(() -> runner.select(EVERY_PAIR, Map.of(), Duration.ofMillis(200)))
                .isInstanceOf(QueryTimeoutException.class).hasMessageContaining("查询超时").hasMessageContaining("0.2 s");
    }

    @Test
    void shouldStopAQueryAtTheConfiguredLimitWhenTheCallerGivesNone() {
        PolicyKgProperties tight = new PolicyKgProperties("mem", null, new PolicyKgProperties.Query(Duration.ofMillis(200)));
        QueryRunner runner = new QueryRunner(CorpusGraph.store(), QueryFixtures.resolver(CorpusGraph.store(), CorpusGraph.catalog()), tight);

        assertThatThrownBy(() -> runner.select(EVERY_PAIR, Map.of()))
                .isInstanceOf(QueryTimeoutException.class).hasMessageContaining("'every-pair'");
    }

    @Test
    void shouldAnswerWithinALimitItKeeps() {
        QueryRunner runner = CorpusGraph.runner();

        assertThat(runner.select(CorpusGraph.catalog().get("stats"), Map.of(), Duration.ofSeconds(60)).size()).isEqualTo(1);
    }
}
