package org.policykg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.policykg.query.NamedQuery;

class ParamSamplerTest {

    private static final String ELI = "http://data.europa.eu/eli/ontology#";
    private static final String PKG = "https://w3id.org/policykg/ontology#";

    @Test
    void shouldDrawAParentAndAChildThatImplementsItWhenAQueryComparesTwoDocuments() {
        Dataset ds = DatasetFactory.create();
        Model m = ds.getDefaultModel();
        // sorted on their own, the children (a, b) and the parents (y, z) would pair a with y: a implements z
        implement(m, "urn:doc:a", "urn:doc:z");
        implement(m, "urn:doc:b", "urn:doc:y");
        ParamSampler sampler = new ParamSampler(sparql -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
                return ParamSampler.firstColumn(qe);
            }
        }, false);
        NamedQuery coverage = NamedQuery.parse("coverage", """
                # coverage — a parent's obligations its child has no counterpart for
                # param: parent (document) — the higher-level plan
                # param: child (document) — the plan that carries it out
                # columns: path
                SELECT ?path WHERE { }
                """);

        Map<String, List<String>> values = sampler.values(coverage);

        assertThat(List.of(ParamSampler.binding(values, 0), ParamSampler.binding(values, 1))).containsExactly(
                Map.of("parent", "urn:doc:z", "child", "urn:doc:a"),
                Map.of("parent", "urn:doc:y", "child", "urn:doc:b"));
    }

    private static void implement(Model m, String child, String parent) {
        Resource doc = m.createResource(PKG + "PolicyDocument");
        m.createResource(child).addProperty(RDF.type, doc).addProperty(m.createProperty(ELI, "ensures_implementation_of"),
                m.createResource(parent).addProperty(RDF.type, doc));
    }
}
