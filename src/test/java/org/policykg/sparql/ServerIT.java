package org.policykg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End to end: the application started on random ports with the sample corpus ingested at start-up,
 * queried over HTTP through Fuseki and the web app.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "policykg.store=mem", "policykg.fuseki.port=0", "policykg.ingest=corpus"})
class ServerIT {

    private static final String COUNT_DOCS = "PREFIX pkg: <https://w3id.org/policykg/ontology#> "
            + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a pkg:PolicyDocument }";
    private static final String COUNT_SUBDIVISIONS = "PREFIX eli: <http://data.europa.eu/eli/ontology#> "
            + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s eli:is_part_of ?parent }";
    private static final String COUNT_ELI = "PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX pkg: <https://w3id.org/policykg/ontology#> "
            + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { { ?s a eli:LegalResourceSubdivision } UNION { ?s a eli:LegalResource ; a pkg:PolicyDocument } }";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int webPort;

    @Autowired
    FusekiEndpoint fuseki;

    private HttpResponse<String> send(HttpRequest r) throws Exception {
        return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String sparqlCsv(String service, String query) throws Exception {
        return sparqlCsv(http, service, query);
    }

    private String sparqlCsv(HttpClient client, String service, String query) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/" + service))
                .header("Accept", "text/csv").header("Content-Type", "application/sparql-query; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body().strip();
    }

    @Test
    void shouldAnswerSparqlOverHttpWithEveryDocumentLoaded() throws Exception {
        assertThat(sparqlCsv("sparql", COUNT_DOCS)).isEqualTo("n\r\n5");
        assertThat(sparqlCsv("query", COUNT_SUBDIVISIONS)).isEqualTo("n\r\n199");
        assertThat(sparqlCsv("sparql", COUNT_ELI)).as("ELI classes without inference").isEqualTo("n\r\n204");
    }

    @Test
    void shouldAnswerTheContractQueriesOverSparqlWithTheirColumns() throws Exception {
        String obligations = java.nio.file.Files.readString(java.nio.file.Path.of("queries/obligations.rq"));
        String thresholds = java.nio.file.Files.readString(java.nio.file.Path.of("queries/thresholds.rq"));
        String citations = java.nio.file.Files.readString(java.nio.file.Path.of("queries/citations.rq"));

        assertThat(sparqlCsv("sparql", obligations).lines().findFirst().orElseThrow())
                .isEqualTo("doc,docTitle,clause,path,task,lead,support,recipient,deadline,deadlineText,text");
        assertThat(sparqlCsv("sparql", thresholds).lines().findFirst().orElseThrow())
                .isEqualTo("doc,clause,subject,comparator,value,unit,normValue,normUnit,text");
        String cites = sparqlCsv("sparql", citations);
        assertThat(cites.lines().findFirst().orElseThrow()).isEqualTo("doc,relation,number,title");
        assertThat(cites).contains("implements,工信部联产业〔2017〕30号");
    }

    @Test
    void shouldRefuseUpdatesOnThePublicEndpoint() throws Exception {
        HttpRequest update = HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build();
        HttpRequest viaQuery = HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build();

        assertThat(send(update).statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(send(viaQuery).statusCode()).isGreaterThanOrEqualTo(400);
        // a new connection: the server may close the one it refused an update on, and a reused one then fails
        assertThat(sparqlCsv(HttpClient.newHttpClient(), "sparql", "ASK { <urn:a> <urn:b> <urn:c> }")).contains("false");
    }

    @Test
    void shouldListTheDocumentsOnTheLandingPage() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create("http://localhost:" + webPort + "/")).build());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("开平市2024年推动落后产能退出工作计划", "湛江市2021年推动落后产能退出工作方案",
                "芜湖市2020年落后产能退出工作方案", "广东省2019年推动落后产能退出工作方案", "主要任务分工表")
                .contains(fuseki.sparqlUrl());
    }

    @Test
    void shouldReportHealthUp() throws Exception {
        HttpResponse<String> health = send(HttpRequest.newBuilder(URI.create("http://localhost:" + webPort + "/actuator/health")).build());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }
}
