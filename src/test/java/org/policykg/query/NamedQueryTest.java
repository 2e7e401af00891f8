package org.policykg.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedQueryTest {

    @Test
    void shouldReadTheDescriptionOnUpToTheFirstFieldWhenItRunsOverSeveralLines() {
        NamedQuery q = NamedQuery.parse("demo", """
                # demo — every task with its owner,
                # one row per deadline.
                # param: doc (document) — optional: one document
                # columns: task owner
                SELECT * WHERE { ?s ?p ?o }
                """);

        assertThat(q.description()).isEqualTo("every task with its owner,");
        assertThat(q.about()).isEqualTo("every task with its owner, one row per deadline.");
    }

    @Test
    void shouldStopTheDescriptionAtARulesFields() {
        NamedQuery rule = NamedQuery.parse("rules/demo", """
                # rules/demo — An obligation with no owner.
                # id: demo
                # severity: warning
                SELECT * WHERE { ?s ?p ?o }
                """);

        assertThat(rule.about()).isEqualTo("An obligation with no owner.");
    }
}
