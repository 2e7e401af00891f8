package org.policykg.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policykg.Samples;
import org.policykg.ingest.IngestListener;
import org.policykg.ingest.IngestService;
import org.policykg.query.QueryCatalog;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;
import org.policykg.store.ReferenceFixture;

/** The per-document rules' findings stored at ingest are those the rules find when run at check time. */
class DocumentRulesTest {

    private final QueryCatalog catalog = new QueryCatalog();
    private final KgStore store = ReferenceFixture.storeWithReference();

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> perDocumentRules() {
        return new DocumentRules(catalog).rules().stream().map(Rule::id).toList();
    }

    @Test
    void shouldStoreEachDocumentsFindingsWithTheVersionOfTheRulesWhenItIsIngested() {
        new IngestService(Samples.pipeline(), store).ingest(List.of(Samples.CORPUS), IngestListener.NONE);
        String version = new DocumentRules(catalog).version();

        long documents = store.documentCount();
        long versioned = store.read(ds -> ds.getUnionModel().listSubjectsWithProperty(PKG.rulesVersion, version).toList().size());
        long stored = store.read(ds -> ds.getUnionModel().listSubjectsWithProperty(PKG.rule).toList().size());

        assertThat(perDocumentRules()).contains("missing-owner", "deadline-before-issue").doesNotContain("child-deadline-after-parent");
        assertThat(versioned).isEqualTo(documents).isPositive();
        assertThat(stored).isPositive();
    }

    @Test
    void shouldReportTheSameFindingsFromStoredFindingsAsFromRunningTheRulesAgain() {
        new IngestService(Samples.pipeline(), store).ingest(List.of(Samples.CORPUS), IngestListener.NONE);
        RuleChecker checker = new RuleChecker(catalog, store, new org.policykg.correct.CorrectionLayer());
        Set<String> ids = Set.copyOf(perDocumentRules());
        List<Finding> fromStored = checker.check(ids).findings();

        forgetStoredFindings();
        List<Finding> fromRules = checker.check(ids).findings();

        assertThat(fromStored).isNotEmpty();
        assertThat(fromStored).containsExactlyInAnyOrderElementsOf(fromRules);
    }

    /** As a store written before findings were stored: no findings and no version. */
    private void forgetStoredFindings() {
        Txn.executeWrite(store.dataset(), () -> {
            List<String> graphs = new ArrayList<>();
            store.dataset().listNames().forEachRemaining(graphs::add);
            for (String g : graphs) {
                Model m = store.dataset().getNamedModel(g);
                m.listSubjectsWithProperty(PKG.rule).toList().forEach(f -> m.removeAll(f, null, null));
                m.removeAll(null, PKG.finding, null);
                m.removeAll(null, PKG.rulesVersion, null);
            }
        });
    }
}
