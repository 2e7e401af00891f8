package org.policykg.web.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The editor's endpoint on the web port: queries pass on to Fuseki, updates do not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "policykg.store=mem", "policykg.fuseki.port=0", "policykg.ingest=corpus"})
class SparqlProxyIT {

    private static final String COUNT_DOCS = "PREFIX pkg: <https://w3id.org/policykg/ontology#> "
            + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a pkg:PolicyDocument }";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int webPort;

    private HttpResponse<String> post(String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + webPort + "/sparql/query"))
                .header("Content-Type", contentType).header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String query) {
        return "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void shouldAnswerQueriesSentAsGetFormOrSparqlBody() throws Exception {
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + webPort + "/sparql/query?"
                + form(COUNT_DOCS))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(get.body().strip()).isEqualTo("n\r\n5");
        assertThat(post("application/x-www-form-urlencoded", form(COUNT_DOCS)).body().strip()).isEqualTo("n\r\n5");
        assertThat(post("application/sparql-query", COUNT_DOCS).body().strip()).isEqualTo("n\r\n5");
    }

    @Test
    void shouldRefuseAnUpdateAndLeaveTheStoreUnchanged() throws Exception {
        HttpResponse<String> update = post("application/x-www-form-urlencoded", form("INSERT DATA { <urn:x> <urn:y> <urn:z> }"));

        assertThat(update.statusCode()).isEqualTo(400);
        assertThat(post("application/sparql-query", "ASK { <urn:x> <urn:y> <urn:z> }").body()).contains("false");
    }
}
