package org.policykg.web.obligations;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.policykg.lookup.LookupKeys;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryFixtures;
import org.policykg.query.QueryRunner;
import org.policykg.rdf.CORR;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Web slice: GET /api/agency-suggestions runs queries/web/agency-suggestions.rq on a small store whose lookup keys are
 * built: a name is found by any two consecutive characters of it, with its body's canonical name; only bodies with a
 * task or a report are offered; names a correction gave are found; the limit holds; a part under two characters is 400.
 */
@WebMvcTest(AgencySuggestionApi.class)
@Import({QueryCatalog.class, AgencySuggestionApiTest.Store.class})
class AgencySuggestionApiTest {

    private static final String PREFIXES = "@prefix pkg: <https://w3id.org/policykg/ontology#> . "
            + "@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix ex: <https://example.org/> . ";
    /** Two cities' bureaus (one also under a short written form), a form two bodies were written as, and a park with no task. */
    private static final String DOCUMENT = PREFIXES
            + "ex:o1 pkg:lead ex:zj . ex:o2 pkg:support ex:jm . ex:o3 pkg:recipient ex:zj . "
            + "ex:zj skos:prefLabel \"湛江市工业和信息化局\" ; skos:altLabel \"湛江市工信局\", \"市工业和信息化局\" . "
            + "ex:jm skos:prefLabel \"江门市工业和信息化局\" ; skos:altLabel \"市工业和信息化局\" . "
            + "ex:park skos:prefLabel \"湛江市信息产业园区\" . ";
    /** A body a correction split off, named only in the applied corrections. */
    private static final String CORRECTED = PREFIXES + "ex:o1 pkg:support ex:cz . ex:cz skos:prefLabel \"湛江市财政局\" . ";

    @TestConfiguration
    static class Store {

        @Bean(destroyMethod = "close")
        KgStore store() {
            KgStore store = KgStore.inMemory();
            store.replaceGraph(PKG.GRAPH + "doc/1", turtle(DOCUMENT));
            store.replaceGraph(CORR.APPLIED_GRAPH, turtle(CORRECTED));
            Txn.executeWrite(store.dataset(), () -> LookupKeys.rebuild(store.dataset().asDatasetGraph()));
            return store;
        }

        @Bean
        QueryRunner runner(KgStore store, QueryCatalog catalog) {
            return QueryFixtures.runner(store, catalog);
        }

        private static Model turtle(String text) {
            return ModelFactory.createDefaultModel().read(new StringReader(text), null, "TTL");
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void shouldFindAWrittenFormByTwoCharactersWithinItWithItsCanonicalName() throws Exception {
        mvc.perform(get("/api/agency-suggestions").param("part", "工信"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value("湛江市工信局"))
                .andExpect(jsonPath("$[0].label").value("湛江市工业和信息化局"))
                .andExpect(jsonPath("$[0].bodies").value(1));
    }

    @Test
    void shouldListCanonicalAndWrittenFormsShortestFirstWithoutBodiesThatHaveNoTask() throws Exception {
        mvc.perform(get("/api/agency-suggestions").param("part", "信 息"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(contains("市工业和信息化局", "江门市工业和信息化局", "湛江市工业和信息化局")))
                .andExpect(jsonPath("$[0].label").value(""))
                .andExpect(jsonPath("$[0].bodies").value(2))
                .andExpect(jsonPath("$[1].label").value("江门市工业和信息化局"));
    }

    @Test
    void shouldFindTheNamesACorrectionGave() throws Exception {
        mvc.perform(get("/api/agency-suggestions").param("part", "财政"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(contains("湛江市财政局")));
    }

    @Test
    void shouldAnswerNoMoreThanTheLimit() throws Exception {
        mvc.perform(get("/api/agency-suggestions").param("part", "信息").param("limit", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value("市工业和信息化局"));
    }

    @Test
    void shouldRefuseAPartShorterThanTwoCharactersOrALimitOutOfRange() throws Exception {
        for (String part : new String[] {"", " ", "信", "信\u3000"}) {
            mvc.perform(get("/api/agency-suggestions").param("part", part))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("shorter than two characters")));
        }
        mvc.perform(get("/api/agency-suggestions")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/agency-suggestions").param("part", "信息").param("limit", "abc")).andExpect(status().isBadRequest());
        for (String limit : new String[] {"0", "51"}) {
            mvc.perform(get("/api/agency-suggestions").param("part", "信息").param("limit", limit))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("between 1 and 50")));
        }
    }
}
