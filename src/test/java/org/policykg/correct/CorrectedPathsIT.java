package org.policykg.correct;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policykg.check.RuleChecker;
import org.policykg.query.NamedQuery;
import org.policykg.query.QueryRunner;
import org.policykg.sparql.FusekiEndpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The corrected view holds for property paths as for basic graph patterns: with a lead and a deadline corrected, the
 * same question asked with a path (alternative, one-or-more, zero-or-more, inverse, sequence, in a named graph) and
 * without one counts the same facts, in the catalog runner (both views) and over the SPARQL endpoint.
 */
@SpringBootTest(properties = {"policykg.store=mem", "policykg.fuseki.port=0", "policykg.ingest=corpus"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CorrectedPathsIT {

    private static final String PREFIX = "PREFIX pkg: <https://w3id.org/policykg/ontology#>\n";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    CorrectionService corrections;

    @Autowired
    QueryRunner runner;

    @Autowired
    FusekiEndpoint fuseki;

    @Autowired
    RuleChecker checker;

    @BeforeEach
    void correctOnce() {
        if (corrections.list().stream().noneMatch(l -> l.correction().field() == Field.LEAD)) {
            corrections.set("湛江", "二/（二）/1", null, Field.LEAD, "湛江市生态环境局、湛江市自然资源局", "审核员", null);
        }
        if (corrections.list().stream().noneMatch(l -> l.correction().field() == Field.DEADLINE)) {
            corrections.set("湛江", "四/（一）/¶1", null, Field.DEADLINE, "2021-05-31", "审核员", null);
        }
        if (corrections.list().stream().noneMatch(l -> l.correction().field() == Field.LEVEL)) {
            corrections.set("湛江", "-", null, Field.LEVEL, "county", "审核员", null);
        }
    }

    private long runner(String where) {
        NamedQuery q = NamedQuery.parse("paths", PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }");
        return runner.select(q, Map.of()).next().getLiteral("n").getLong();
    }

    private long endpoint(String where) throws Exception {
        String query = URLEncoder.encode(PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }", StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(fuseki.sparqlUrl() + "?query=" + query))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return new ObjectMapper().readTree(r.body()).at("/results/bindings/0/n/value").asLong();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "?o pkg:lead ?a ;                                ?o pkg:lead|pkg:noSuchProperty ?a",
        "?o pkg:lead ?a ;                                ?o pkg:lead+ ?a",
        "?o pkg:lead ?a ;                                ?a ^pkg:lead ?o",
        "?o pkg:assignment ?h ;                          ?o pkg:assignment|pkg:noSuchProperty ?h",
        "?o pkg:deadline ?d ;                            ?o pkg:deadline|pkg:noSuchProperty ?d",
        "?o pkg:deadline ?d ;                            ?o pkg:deadline* ?d FILTER(?o != ?d)",
        "?o pkg:deadline ?d . ?d pkg:dueDate ?due ;      ?o pkg:deadline/pkg:dueDate ?due",
        "GRAPH ?g { ?o pkg:deadline ?d } ;               GRAPH ?g { ?o pkg:deadline|pkg:noSuchProperty ?d }",
        "GRAPH ?g { ?o pkg:lead ?a } ;                   GRAPH ?g { ?o (pkg:lead|pkg:noSuchProperty)+ ?a }",
    })
    void shouldCountTheSameFactsWithAPathAsWithoutOneWhenFactsAreCorrected(String bgp, String path) throws Exception {
        long expected = runner(bgp);

        assertThat(expected).isPositive();
        assertThat(runner(path)).as("catalog runner").isEqualTo(expected);
        assertThat(CorrectionLayer.asExtracted(() -> runner(path))).as("catalog runner, extracted view")
                .isEqualTo(CorrectionLayer.asExtracted(() -> runner(bgp)));
        assertThat(endpoint(bgp)).as("endpoint, basic pattern").isEqualTo(expected);
        assertThat(endpoint(path)).as("endpoint").isEqualTo(expected);
    }

    @Test
    void shouldNotCountACorrectedValueAndTheExtractedOneAsTwoInTheShapes() {
        assertThat(checker.check(Set.of("shacl")).findings()).noneMatch(f -> f.message().contains("pkg:level"));
    }
}
