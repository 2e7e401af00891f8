package org.policykg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.trace.TraceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The trace over HTTP: queries/trace.rq on the SPARQL endpoint, and GET /api/trace on the web app. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "policykg.store=mem", "policykg.fuseki.port=0", "policykg.ingest=corpus"})
class TraceIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int webPort;

    @Autowired
    FusekiEndpoint fuseki;

    @Autowired
    TraceService traces;

    private HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldRunTheTraceQueryOverSparqlWithTheClauseFilledIn() throws Exception {
        String clause = traces.clause("开平", "四/（一）");
        String query = Files.readString(Path.of("queries/trace.rq")).replace("?start", "<" + clause + ">");

        HttpResponse<String> r = get(fuseki.datasetUrl() + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");

        assertThat(r.statusCode()).isEqualTo(200);
        List<String> lines = r.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("level,doc,number,title,clause,path,score,text");
        assertThat(lines.get(1)).startsWith("county,");
        assertThat(r.body()).contains("江工信材料函〔2024〕20号", "粤工信规划政策〔2024〕4号", "广东省2019年推动落后产能退出工作方案");
        assertThat(lines.get(lines.size() - 1)).startsWith("national,").contains("工信部联产业〔2017〕30号");
    }

    @Test
    void shouldServeTheTraceAsJsonFromAClauseIri() throws Exception {
        String clause = traces.clause("湛江", "二/（一）/3");

        HttpResponse<String> r = get("http://localhost:" + webPort + "/api/trace?clause=" + URLEncoder.encode(clause, StandardCharsets.UTF_8),
                "application/json");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("{\"clause\":\"" + clause + "\"").contains("\"level\":\"national\"", "工信部联产业〔2017〕30号",
                "\"path\":\"二/（一）/2\"", "湛江市工业和信息化局");
    }

    @Test
    void shouldAnswerNotFoundForAClauseNotInTheStore() throws Exception {
        HttpResponse<String> r = get("http://localhost:" + webPort + "/api/trace?clause=" + URLEncoder.encode("urn:none", StandardCharsets.UTF_8),
                "application/json");

        assertThat(r.statusCode()).isEqualTo(404);
    }
}
