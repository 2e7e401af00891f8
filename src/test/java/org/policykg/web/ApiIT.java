package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.policykg.query.NamedQuery;
import org.policykg.query.QueryCatalog;
import org.policykg.sparql.FusekiEndpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** End to end: every catalog query and rule through the SPARQL endpoint, and the JSON API over the sample corpus. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "policykg.store=mem", "policykg.fuseki.port=0", "policykg.ingest=corpus"})
class ApiIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int webPort;

    @Autowired
    FusekiEndpoint fuseki;

    @Autowired
    QueryCatalog catalog;

    private HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode api(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get("http://localhost:" + webPort + pathAndQuery, "application/json");
        assertThat(r.statusCode()).as(pathAndQuery + ": " + r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void shouldRunEveryCatalogQueryAndRuleThroughTheSparqlEndpoint() throws Exception {
        for (NamedQuery q : catalog.all()) {
            HttpResponse<String> r = get(fuseki.datasetUrl() + "/sparql?query=" + enc(q.text()), "application/sparql-results+json");

            assertThat(r.statusCode()).as(q.name()).isEqualTo(200);
            assertThat(json.readTree(r.body()).get("head").get("vars")).as(q.name()).hasSize(q.columns().size());
        }
        HttpResponse<String> late = get(fuseki.datasetUrl() + "/sparql?query=" + enc(catalog.get("rules/deadline-before-issue").text()),
                "application/sparql-results+json");
        assertThat(json.readTree(late.body()).get("results").get("bindings")).hasSize(2);
    }

    @Test
    void shouldAnswerCatalogQueriesWithParametersAsJson() throws Exception {
        JsonNode due = api("/api/queries/due-between?from=2021-01-01&to=2022-01-31&jurisdiction=" + enc("广东省"));
        JsonNode agencies = api("/api/queries/agencies");

        assertThat(due.get("columns").get(0).asText()).isEqualTo("dueDate");
        assertThat(due.get("rows")).hasSize(5);
        assertThat(agencies.get("rows").toString()).contains("江门市生态环境局开平分局");
    }

    @Test
    void shouldAnswerBadRequestWhenNoPlanOfAYearIsStoredToCompare() throws Exception {
        HttpResponse<String> r = get("http://localhost:" + webPort + "/api/queries/compare-years?jurisdiction=" + enc("湛江市")
                + "&yearA=2021&yearB=2022", "application/json");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("no plan of 湛江市 for 2022 is stored");
    }

    @Test
    void shouldServeTheCheckReport() throws Exception {
        JsonNode report = api("/api/checks");

        assertThat(report.get("summary").get("error").asInt()).isEqualTo(2);
        assertThat(report.get("findings").findValuesAsText("rule")).contains("deadline-before-issue", "agency-two-names");
    }
}
