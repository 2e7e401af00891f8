package org.policykg.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.CorpusGraph;
import org.policykg.Samples;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryFixtures;
import org.policykg.store.KgStore;

/**
 * A province's plan drafted for a city whose own plan (both written for this test, tables/draft-corpus) keeps
 * 发展和改革委员会 where the standard city name is 发展和改革局 and never names an 能源局.
 */
class DraftOwnNamesTest {

    private static TaskTable draft;

    @BeforeAll
    static void draft() {
        KgStore store = CorpusGraph.of(Path.of("src/test/resources/tables/draft-corpus"));
        QueryCatalog catalog = new QueryCatalog();
        var runner = QueryFixtures.runner(store, catalog);
        TaskTables tables = new TaskTables(catalog, runner, QueryFixtures.resolver(store, catalog), new TaskFactsReader(catalog, runner),
                Samples.jurisdictions(), store, new org.policykg.correct.CorrectionLayer());
        draft = tables.draftFor("赣州市", "jx-plan.txt", 10);
    }

    @Test
    void shouldUseTheNamesTheSubordinatesOwnDocumentsUse() {
        assertThat(draft.rows().get(0).lead()).isEqualTo("赣州市工业和信息化局");
        assertThat(draft.rows().get(0).support()).isEqualTo("赣州市发展和改革委员会");
        assertThat(draft.rows().get(3).lead()).isEqualTo("赣州市发展和改革委员会、赣州市工业和信息化局");
    }

    @Test
    void shouldMarkACounterpartNoSourceEstablishes() {
        assertThat(draft.rows().get(1).lead()).isEqualTo("【待确认】（江西省能源局）");
        assertThat(draft.rows().get(2).support()).isEqualTo("赣州市商务局、【待确认】赣州市文化和旅游局（江西省文化和旅游厅）");
    }
}
