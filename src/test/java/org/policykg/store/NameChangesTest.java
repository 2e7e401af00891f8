package org.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.policykg.Samples;
import org.policykg.conventions.Tsv;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.rdf.PKG;

/** The 2018 reform's renames as pkg:NameChange nodes of the reference graph. */
class NameChangesTest {

    @Test
    void shouldDescribeEveryRenameWithOldAndNewNameScopeAndDate() {
        Model m = NameChanges.model(Samples.jurisdictions());

        int rows = Tsv.classpath(NameChanges.SOURCE).size();
        assertThat(m.listSubjectsWithProperty(RDF.type, PKG.NameChange).toList()).hasSize(rows);
        assertThat(m.listSubjectsWithProperty(PKG.oldName).toList()).allSatisfy(r -> {
            assertThat(r.hasProperty(PKG.newName)).isTrue();
            assertThat(r.getPropertyResourceValue(PKG.scope).getURI()).startsWith(PKG.ID + "jurisdiction/");
            assertThat(r.getProperty(PKG.from).getLiteral().getDatatypeURI()).endsWith("#date");
        });
    }

    @Test
    void shouldRejectAScopeThatIsNoJurisdiction() {
        Jurisdictions onlyNation = new Jurisdictions(List.of(Jurisdiction.NATION));

        assertThatThrownBy(() -> NameChanges.model(onlyNation)).isInstanceOf(IllegalStateException.class).hasMessageContaining("44");
    }

    @Test
    void shouldInstallTheRenamesIntoTheReferenceGraphOnce() {
        try (KgStore store = KgStore.inMemory()) {
            ReferenceFixture.install(store);
            Txn.executeWrite(store.dataset(), () -> {
                Model reference = store.dataset().getNamedModel(PKG.REFERENCE_GRAPH);
                reference.add(reference.createResource("urn:marker"), PKG.text, "kept");
            });
            ReferenceFixture.install(store);

            List<String> renamed = store.read(ds -> {
                String q = "PREFIX pkg: <" + PKG.NS + "> SELECT ?new WHERE { GRAPH <" + PKG.REFERENCE_GRAPH + "> {"
                        + " ?c pkg:oldName \"环境保护厅\" ; pkg:newName ?new ; pkg:scope/pkg:level pkg:National } }";
                try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                    List<String> names = new ArrayList<>();
                    qe.execSelect().forEachRemaining((QuerySolution s) -> names.add(s.getLiteral("new").getString()));
                    return names;
                }
            });
            boolean rewritten = !store.read(ds -> ds.getNamedModel(PKG.REFERENCE_GRAPH).contains(null, PKG.text, "kept"));

            assertThat(renamed).containsExactly("生态环境厅");
            assertThat(rewritten).as("an unchanged source is not written again").isFalse();
        }
    }
}
