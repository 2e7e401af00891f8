package org.policykg.web.search;

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
import org.policykg.sparql.FusekiEndpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** text:query over HTTP, on the public endpoint and through the editor's proxy, and the catalog's search query as JSON. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "policykg.store=mem", "policykg.fuseki.port=0", "policykg.ingest=corpus"})
class TextQueryIT {

    private static final String QUERY = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX pkg: <https://w3id.org/policykg/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?clause ?text WHERE { ?clause text:query (rdf:value '"节能监察"') ; pkg:inDocument ?doc ; rdf:value ?text }
            """;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int webPort;

    @Autowired
    FusekiEndpoint fuseki;

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/sparql-results+json, application/json")
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void shouldAnswerTextQueryOnThePublicEndpointAndThroughTheProxy() throws Exception {
        JsonNode direct = get(fuseki.sparqlUrl() + "?query=" + enc(QUERY)).at("/results/bindings");
        JsonNode proxied = get("http://localhost:" + webPort + "/sparql/query?query=" + enc(QUERY)).at("/results/bindings");

        assertThat(direct.size()).isPositive().isEqualTo(proxied.size());
        direct.forEach(b -> assertThat(b.at("/text/value").asText()).contains("节能监察"));
    }

    @Test
    void shouldRunTheCatalogSearchQueryWithMarkedSnippets() throws Exception {
        JsonNode rows = get("http://localhost:" + webPort + "/api/queries/search?q=" + enc("\"节能监察\"")).get("rows");

        assertThat(rows.size()).isPositive();
        assertThat(rows.get(0).get(4).asText()).contains("↦节能监察↤");
    }

    @Test
    void shouldAnswerBadRequestForAQueryThatIsNotLuceneSyntax() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + webPort + "/api/queries/search?q="
                + enc("\"节能"))).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(r.body()).get("detail").asText()).startsWith("full-text query is not valid Lucene syntax: ");
    }

    @Test
    void shouldKeepTheUploadOffWhenNoAdminPasswordIsSet() throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + webPort + "/upload"))
                .header("Authorization", "Basic YWRtaW46YWRtaW4=").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + webPort + "/api/documents"))
                .header("Authorization", "Basic YWRtaW46YWRtaW4=").header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(form.statusCode()).isEqualTo(401);
        assertThat(api.statusCode()).isEqualTo(401);
    }
}
