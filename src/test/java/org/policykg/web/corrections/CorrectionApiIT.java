package org.policykg.web.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policykg.correct.CorrectionService;
import org.policykg.correct.Field;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The corrections over HTTP: listed by /api/corrections, applied to every query, and the parser's view with asExtracted. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "policykg.store=mem", "policykg.fuseki.port=0", "policykg.ingest=corpus"})
class CorrectionApiIT {

    private static final String PATH = "四/（一）/¶1";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int webPort;

    @Autowired
    CorrectionService corrections;

    @BeforeEach
    void correctOnce() {
        if (corrections.list().isEmpty()) {
            corrections.set("湛江", PATH, null, Field.DEADLINE, "2021-05-31", "市工信局审核员", "会议确定延期");
        }
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + webPort + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String due(String asExtracted) throws Exception {
        JsonNode result = json.readTree(get("/api/queries/obligations?doc=" + URLEncoder.encode("湛江", StandardCharsets.UTF_8)
                + asExtracted).body());
        int path = 3;
        int deadline = 8;
        assertThat(result.get("columns").get(path).asText()).isEqualTo("path");
        assertThat(result.get("columns").get(deadline).asText()).isEqualTo("deadline");
        for (JsonNode row : result.get("rows")) {
            if (row.get(path).asText().equals(PATH)) {
                return row.get(deadline).asText() + "|" + row.get(result.get("columns").size() - 1).asText();
            }
        }
        return "";
    }

    @Test
    void shouldListTheCorrectionWithItsAuthorAndPlace() throws Exception {
        JsonNode list = json.readTree(get("/api/corrections").body());

        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("by").asText()).isEqualTo("市工信局审核员");
        assertThat(list.get(0).get("status").asText()).isEqualTo("anchored");
        assertThat(list.get(0).get("after").get(0).asText()).isEqualTo("2021-05-31");
        assertThat(get("/api/corrections?format=csv").body()).startsWith("id,doc,path,task,field,before,after,by,time,note");
        assertThat(get("/api/corrections?format=xml").statusCode()).isEqualTo(400);
    }

    @Test
    void shouldAnswerQueriesWithTheCorrectedFactAndTheExtractedOneWhenAsked() throws Exception {
        assertThat(due("")).isEqualTo("2021-05-31|deadline");
        assertThat(due("&asExtracted=true")).isEqualTo("2021-04-30|");
        assertThat(due("&asExtracted=false")).isEqualTo("2021-05-31|deadline");
    }
}
