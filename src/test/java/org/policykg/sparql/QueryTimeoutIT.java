package org.policykg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With a tiny time limit (policykg.query.timeout=200ms), a query over every triple three times is stopped on the
 * public SPARQL endpoint, while the other clients are served meanwhile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "policykg.store=mem", "policykg.fuseki.port=0", "policykg.ingest=corpus", "policykg.query.timeout=200ms"})
class QueryTimeoutIT {

    private static final String EVERY_TRIPLE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";
    private static final String COUNT_DOCS = "PREFIX pkg: <https://w3id.org/policykg/ontology#> "
            + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a pkg:PolicyDocument }";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int webPort;

    @Autowired
    FusekiEndpoint fuseki;

    private CompletableFuture<HttpResponse<String>> sparql(String query) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(fuseki.sparqlUrl()))
                .header("Accept", "text/csv").header("Content-Type", "application/sparql-query; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldStopAPathologicalQueryAndServeTheOthersMeanwhile() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = sparql(EVERY_TRIPLE);
        HttpResponse<String> quick = sparql(COUNT_DOCS).get();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + webPort + "/api/queries")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> stopped = slow.get();

        assertThat(quick.statusCode()).isEqualTo(200);
        assertThat(quick.body().strip()).isEqualTo("n\r\n5");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(stopped.statusCode()).isEqualTo(503);
        assertThat(stopped.body()).contains("Query timed out");
        assertThat((System.nanoTime() - start) / 1e9).as("seconds until stopped").isLessThan(30);
    }
}
